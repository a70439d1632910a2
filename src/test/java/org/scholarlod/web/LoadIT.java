package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.testing.AppJar;
import org.scholarlod.testing.RequiredTool;

/**
 * Load: wrk against a server holding a generated 300-article catalogue and the seed, cycling through article,
 * person and journal URIs as HTML, Turtle and JSON-LD, the home page, search, VoID and SPARQL queries; 64
 * connections for 60 s, then 256 for 20 s. Every answer is under 500, no connection fails or times out, and the
 * heap after a full collection is back near where it was after a warm-up of the same shape. The figures are
 * printed, and beside them the cost of dereferencing against a bare {@code DESCRIBE} of the same resources,
 * measured in the same run.
 */
class LoadIT {
    private static final String BASE = "http://localhost:3030/";
    private static final Pattern SUMMARY = Pattern.compile("LOADTEST (.*)");
    private static final String HTML = "text/html";

    @Test
    void serve_underLoad(@TempDir Path dir) throws Exception {
        RequiredTool.WRK.require();
        Path catalogue = dir.resolve("catalogue.jsonl.gz");
        Process generate = new ProcessBuilder(
                        AppJar.java(),
                        "-jar",
                        AppJar.path().toString(),
                        "generate",
                        "--articles",
                        "300",
                        "-o",
                        catalogue.toString())
                .inheritIO()
                .start();
        assertTrue(generate.waitFor(2, TimeUnit.MINUTES) && generate.exitValue() == 0, "generate failed");
        try (ServerProcess server = ServerProcess.start(
                "--db", dir.resolve("tdb2").toString(), "--no-public-services", catalogue.toString())) {
            Path requests = dir.resolve("requests.tsv");
            Files.write(requests, requests(server));
            Path script = Path.of("src/test/resources/load/mixed.lua").toAbsolutePath();

            // The warm-up has the load's shape, so that the bounded caches and Jetty's buffer pool reach their
            // working size before the baseline: what grows after it is a leak.
            wrk(server, script, requests, 64, 10);
            wrk(server, script, requests, 256, 10);
            long baseline = settledHeapKb(server);
            Map<String, Double> busy = wrk(server, script, requests, 64, 60);
            Map<String, Double> crowded = wrk(server, script, requests, 256, 20);
            long after = settledHeapKb(server);
            System.out.printf(
                    "LoadIT: heap after a full GC %d KB after the warm-up, %d KB after the load%n", baseline, after);
            for (Map<String, Double> run : List.of(busy, crowded)) {
                assertTrue(run.get("requests") > 1000, "the server answered: " + run);
                for (String zero : List.of("5xx", "connect_errors", "read_errors", "write_errors", "timeouts")) {
                    assertEquals(0.0, run.get(zero), zero + ": " + run);
                }
                assertTrue(run.get("ok") > 0.99 * run.get("requests"), "nearly all answers are 2xx/3xx: " + run);
            }
            assertTrue(
                    after <= baseline * 3 / 2 + 32 * 1024,
                    "the heap grew from " + baseline + " KB to " + after + " KB after a full collection");
            versusBareDescribe(server, script, dir);
        }
    }

    /**
     * The baseline: the same resources as Turtle, dereferenced and as a bare {@code DESCRIBE} at the endpoint, in
     * turn, three rounds of 15 s at 64 connections; the median ratios are printed, not asserted (a dereferenced
     * description holds more: the labels of what it links to, the resources linking to it).
     */
    private static void versusBareDescribe(ServerProcess server, Path script, Path dir) throws Exception {
        List<String> dereferenced = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (String line : requests(server)) {
            String path = line.substring(line.indexOf('\t') + 1);
            if (line.startsWith("text/turtle\t/id/")) {
                dereferenced.add(line);
                described.add(
                        "text/turtle\t/sparql?query=" + Http.encode("DESCRIBE <" + BASE + path.substring(1) + ">"));
            }
        }
        Path ours = Files.write(dir.resolve("dereferenced.tsv"), dereferenced);
        Path bare = Files.write(dir.resolve("described.tsv"), described);
        List<Double> throughput = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Map<String, Double> a = wrk(server, script, ours, 64, 15);
            Map<String, Double> b = wrk(server, script, bare, 64, 15);
            assertEquals(0.0, a.get("5xx") + b.get("5xx"), a + " " + b);
            throughput.add(a.get("rps") / b.get("rps"));
            median.add(a.get("p50_ms") / b.get("p50_ms"));
        }
        System.out.printf(
                "LoadIT: dereferencing %d resources as Turtle answers %.2f times the requests per second "
                        + "of a bare DESCRIBE of the same resources at the endpoint, at %.2f times its median latency "
                        + "(median of 3 rounds; rounds: %s, %s)%n",
                dereferenced.size(), middle(throughput), middle(median), throughput, median);
    }

    /**
     * The heap after a full collection once the server is idle: wrk stops with requests still queued and in
     * flight (at 256 connections on a slow machine, seconds of work holding their pages), so the heap is read
     * until a reading is no lower than the one before, at most five times two seconds apart. A leak stays in
     * every reading.
     */
    private static long settledHeapKb(ServerProcess server) throws Exception {
        long lowest = server.heapUsedAfterGcKb();
        for (int reading = 1; reading < 5; reading++) {
            Thread.sleep(2000);
            long next = server.heapUsedAfterGcKb();
            if (next >= lowest - 1024) {
                return Math.min(lowest, next);
            }
            lowest = next;
        }
        return lowest;
    }

    private static double middle(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    /** Every kind of request the site answers, as "Accept TAB path" lines. */
    private static List<String> requests(ServerProcess server) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String kind : List.of("fabio:JournalArticle", "foaf:Person", "fabio:Journal")) {
            String query = "PREFIX fabio: <http://purl.org/spar/fabio/> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                    + "SELECT DISTINCT ?s { ?s a " + kind + " } ORDER BY ?s LIMIT 60";
            JsonNode rows = JsonMapper.builder()
                    .build()
                    .readTree(Http.query(server.endpoint(), query, "application/sparql-results+json")
                            .body())
                    .path("results")
                    .path("bindings");
            assertTrue(rows.size() > 0, "no " + kind + " in the store");
            for (JsonNode row : rows) {
                String path = "/" + row.path("s").path("value").asText().substring(BASE.length());
                lines.add(HTML + "\t" + path);
                lines.add("text/turtle\t" + path);
                lines.add("application/ld+json\t" + path);
            }
        }
        lines.add(HTML + "\t/");
        lines.add(HTML + "\t/?page=2&order=title");
        lines.add(HTML + "\t/search?q=data");
        lines.add("text/turtle\t/.well-known/void");
        lines.add("application/sparql-results+json\t/sparql?query="
                + Http.encode("SELECT ?title { ?a " + "<http://purl.org/dc/terms/title> ?title } LIMIT 20"));
        lines.add("text/csv\t/sparql?query=" + Http.encode("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        return lines;
    }

    private static Map<String, Double> wrk(
            ServerProcess server, Path script, Path requests, int connections, int seconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        "/usr/bin/wrk",
                        "-t2",
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--timeout",
                        "30s",
                        "--latency",
                        "-s",
                        script.toString(),
                        server.root().replaceAll("/$", ""))
                .redirectErrorStream(true);
        builder.environment().put("REQUESTS", requests.toString());
        Process wrk = builder.start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(wrk.waitFor(seconds + 60L, TimeUnit.SECONDS), "wrk did not finish");
        assertEquals(0, wrk.exitValue(), output);
        Matcher summary = SUMMARY.matcher(output);
        assertTrue(summary.find(), output);
        System.out.printf("LoadIT: %d connections for %d s: %s%n", connections, seconds, summary.group(1));
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String pair : summary.group(1).split(" ")) {
            String[] parts = pair.split("=");
            figures.put(parts[0], Double.parseDouble(parts[1]));
        }
        return figures;
    }
}
