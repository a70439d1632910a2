package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.testing.RequiredTool;

/**
 * The W3C SPARQL 1.1 Protocol and Service Description test manifests in ../shared/conformance/sparql11, run by
 * an independent client (npm's rdf-test-suite) against a live endpoint: all of them pass against
 * {@code serve --update}; against the read-only endpoint every query test passes and exactly the updates that
 * must succeed are refused with 403.
 */
class ConformanceIT {
    private static final Path SUITE =
            Path.of("../shared/conformance/sparql11").toAbsolutePath().normalize();
    private static final String SUITE_URL = "https://w3c.github.io/rdf-tests/sparql/sparql11/";
    private static final Pattern RESULT = Pattern.compile("^(✔|✖) .*\\(http://www\\.w3\\.org/[^)]*#([\\w-]+)\\)");
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";

    @Test
    void protocolSuite_passesAgainstServeWithUpdate(@TempDir Path dir) throws Exception {
        try (ServerProcess server =
                ServerProcess.start("--db", dir.resolve("tdb2").toString(), "--update")) {
            Map<String, Boolean> results = run(
                    SUITE_URL + "protocol/manifest.ttl", "{\"protocolEndpoint\":\"" + server.endpoint() + "\"}", SUITE);
            assertEquals(34, results.size(), "tests run: " + results);
            assertEquals(List.of(), failed(results));
        }
    }

    @Test
    void serviceDescriptionSuite_passes(@TempDir Path dir) throws Exception {
        try (ServerProcess server =
                ServerProcess.start("--db", dir.resolve("tdb2").toString())) {
            Map<String, Boolean> results = run(
                    SUITE_URL + "service-description/manifest.ttl",
                    "{\"serviceDescriptionEndpoint\":\"" + server.endpoint() + "\"}",
                    SUITE);
            assertEquals(3, results.size(), "tests run: " + results);
            assertEquals(List.of(), failed(results));
        }
    }

    @Test
    void protocolSuite_readOnlyRefusesOnlyUpdates(@TempDir Path dir) throws Exception {
        // The runner loads each test's ut:graphData with an update, which a read-only endpoint refuses: load the
        // same graphs into the store beforehand and run a copy of the manifest without them.
        Model manifest = ModelFactory.createDefaultModel();
        RDFParser.source(SUITE.resolve("protocol/manifest.ttl"))
                .base(SUITE_URL + "protocol/manifest.ttl")
                .lang(Lang.TURTLE)
                .parse(manifest);
        Path copy = dir.resolve("suite/protocol/manifest.ttl");
        Files.createDirectories(copy.getParent());
        Property graphData = manifest.createProperty(UT, "graphData");
        manifest.removeAll(null, graphData, null);
        RDFDataMgr.write(Files.newOutputStream(copy), manifest, Lang.TURTLE);

        Dataset dataset = TDB2Factory.connectDataset(dir.resolve("tdb2").toString());
        Txn.executeWrite(dataset, () -> {
            for (String name : List.of("data1", "data2", "data3")) {
                Model data = ModelFactory.createDefaultModel();
                RDFDataMgr.read(data, SUITE.resolve("protocol/" + name + ".nt").toString());
                dataset.addNamedModel("http://kasei.us/2009/09/sparql/data/" + name + ".rdf", data);
            }
        });
        try (SparqlServer server = SparqlServer.start(
                dataset.asDatasetGraph(), ServerSettings.of(0, new BaseUri("http://localhost/"), Instant.EPOCH))) {
            Outcome outcome = runWithReport(
                    SUITE_URL + "protocol/manifest.ttl",
                    "{\"protocolEndpoint\":\"" + server.endpoint() + "\"}",
                    dir.resolve("suite"));
            assertEquals(34, outcome.results().size(), "tests run: " + outcome.results());
            List<String> refused = failed(outcome.results());
            assertEquals(refused.size(), outcome.report().split("Got: 403", -1).length - 1, outcome.report());
            assertEquals(
                    List.of(
                            "update_base_uri",
                            "update_dataset_default_graph",
                            "update_dataset_default_graphs",
                            "update_dataset_full",
                            "update_dataset_named_graphs",
                            "update_post_direct",
                            "update_post_form"),
                    refused);
        } finally {
            dataset.close();
        }
    }

    /** Runs rdf-test-suite over a manifest whose URL maps onto {@code local}; test name → passed. */
    private static Map<String, Boolean> run(String manifest, String options, Path local) throws Exception {
        return runWithReport(manifest, options, local).results();
    }

    private record Outcome(Map<String, Boolean> results, String report) {}

    private static Outcome runWithReport(String manifest, String options, Path local) throws Exception {
        RequiredTool.NPM_CLIENTS.require();
        List<String> command = new ArrayList<>(List.of(
                "node",
                "src/test/js/node_modules/rdf-test-suite/bin/Runner.js",
                "src/test/js/conformance-engine.cjs",
                manifest,
                "-m",
                SUITE_URL + "~" + local + "/",
                "-i",
                options,
                "-d",
                "30000",
                "-e"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), report);
        Map<String, Boolean> results = new TreeMap<>();
        for (String line : report.split("\n")) {
            Matcher m = RESULT.matcher(line.replaceAll("\u001B\\[[0-9;]*m", ""));
            if (m.find()) {
                results.merge(m.group(2), m.group(1).equals("✔"), Boolean::logicalAnd);
            }
        }
        assertTrue(report.contains("tests succeeded") || report.contains("tests failed") || !results.isEmpty(), report);
        if (results.containsValue(false)) {
            System.out.println(report);
        }
        return new Outcome(results, report);
    }

    private static List<String> failed(Map<String, Boolean> results) {
        return results.entrySet().stream()
                .filter(e -> !e.getValue())
                .map(Map.Entry::getKey)
                .toList();
    }
}
