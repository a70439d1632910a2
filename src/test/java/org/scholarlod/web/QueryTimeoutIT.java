package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.rdf.BaseUri;

/** A runaway query at the public endpoint is stopped at the limit, answered 503, and stops using the processor. */
class QueryTimeoutIT {
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @Test
    void serve_runawayQueryIsStoppedAtTheLimitAndTheServerIdles(@TempDir Path dir) throws Exception {
        try (ServerProcess server =
                ServerProcess.start("--db", dir.resolve("tdb2").toString(), "--timeout", "2")) {
            long start = System.nanoTime();
            var answer = Http.query(server.endpoint(), RUNAWAY, "application/sparql-results+json");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(503, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("Query timed out"), answer.body());
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "answered after " + took);

            Duration before = server.cpu();
            Thread.sleep(3000);
            Duration used = server.cpu().minus(before);
            assertTrue(
                    used.compareTo(Duration.ofMillis(1000)) < 0,
                    "the server used " + used
                            + " of processor time in the 3 s after the timeout: the query still runs");
            assertEquals(
                    200,
                    Http.query(server.endpoint(), "ASK {}", "application/sparql-results+json")
                            .statusCode(),
                    "and still answers");
            String metrics = Http.get(server.endpoint().replace("/sparql", "/$/metrics"), "text/plain")
                    .body();
            assertTrue(
                    java.util.regex.Pattern.compile("(?m)^scholarlod_query_timeouts_total\\{[^}]*} 1\\.0$")
                            .matcher(metrics)
                            .find(),
                    metrics);
        }
    }

    /**
     * Without a time limit, a query whose results stream stops when its client goes away: the next write fails and
     * Fuseki closes the query's iterators. (A query that writes nothing until it has finished, a COUNT or an ORDER
     * BY, cannot notice a departed client; the time limit is what stops those.)
     */
    @Test
    void serve_clientThatLeavesStopsItsStreamingQuery(@TempDir Path dir) throws Exception {
        try (ServerProcess server =
                ServerProcess.start("--db", dir.resolve("tdb2").toString(), "--timeout", "0")) {
            URI endpoint = URI.create(server.endpoint());
            String target = endpoint.getPath() + "?query=" + Http.encode("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
            try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
                socket.setSoTimeout(30_000);
                socket.getOutputStream()
                        .write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                                        + "Accept: text/tab-separated-values\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                byte[] some = socket.getInputStream().readNBytes(64 * 1024);
                assertEquals(64 * 1024, some.length, "the results began to stream");
            }
            Thread.sleep(3000);
            Duration before = server.cpu();
            Thread.sleep(3000);
            Duration used = server.cpu().minus(before);
            assertTrue(
                    used.compareTo(Duration.ofMillis(1000)) < 0,
                    "the server used " + used + " of processor time 3 s after its client left: the query still runs");
        }
    }

    @Test
    void serve_requestMayAskForLessThanTheLimit(@TempDir Path dir) throws Exception {
        try (ServerProcess server =
                ServerProcess.start("--db", dir.resolve("tdb2").toString())) {
            long start = System.nanoTime();
            var answer = Http.get(
                    server.endpoint() + "?timeout=1&query=" + Http.encode(RUNAWAY), "application/sparql-results+json");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(503, answer.statusCode(), answer.body());
            assertTrue(
                    took.compareTo(Duration.ofSeconds(ServerSettings.QUERY_TIMEOUT.toSeconds())) < 0,
                    "the request's one second was not honoured: answered after " + took);
        }
    }

    @Test
    void start_limitsTheEndpointNotTheSitesOwnQueries(@TempDir Path dir) throws Exception {
        DatasetGraph dataset =
                DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 2000; i++) {
                dataset.add(Quad.create(
                        NodeFactory.createURI("urn:x:g" + i % 20),
                        NodeFactory.createURI("urn:x:s" + i),
                        NodeFactory.createURI("urn:x:p" + i % 7),
                        NodeFactory.createURI("urn:x:o" + i % 300)));
            }
        });
        // Counting the VoID statistics at start takes longer than a millisecond: a limit on the dataset would stop it.
        try (SparqlServer server = SparqlServer.start(
                dataset,
                ServerSettings.builder(0, new BaseUri("http://localhost/"), Instant.EPOCH)
                        .queryTimeout(Duration.ofMillis(1))
                        .build())) {
            String root = server.endpoint().replace("sparql", "");
            assertEquals(200, Http.get(root, "text/html").statusCode());
            assertEquals(200, Http.get(root + ".well-known/void", "text/turtle").statusCode());
            // That the endpoint itself is limited is serve_runawayQueryIsStoppedAtTheLimitAndTheServerIdles's to show:
            // at a 1 ms limit ARQ sometimes stops a COUNT before its first row and Fuseki answers 200 with n = 0
            // (seen once in a fresh-clone CI run), a wrong answer this test must not bless.
        } finally {
            dataset.close();
        }
    }
}
