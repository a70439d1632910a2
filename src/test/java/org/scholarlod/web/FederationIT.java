package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Federated queries from our endpoint: the examples in data/queries/federated run through SERVICE against
 * local stand-ins for Wikidata and OpenCitations (allowed with --allow-service), and SERVICE to anything else is
 * refused with 403 naming the target.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederationIT {
    @TempDir
    static Path dir;

    private PeerEndpoints peers;
    private HttpServer redirecting;
    private ServerProcess server;

    @BeforeAll
    void start() throws Exception {
        peers = new PeerEndpoints();
        // An allowed endpoint that sends every request on to one that is not allowed.
        redirecting = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirecting.createContext("/sparql", exchange -> {
            exchange.getResponseHeaders()
                    .add(
                            "Location",
                            peers.endpoint("wikidata") + "?"
                                    + exchange.getRequestURI().getRawQuery());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirecting.start();
        server = ServerProcess.start(
                "--db",
                dir.resolve("tdb2").toString(),
                "--no-public-services",
                "--allow-service",
                peers.endpoint("wikidata"),
                "--allow-service",
                peers.endpoint("meta"),
                "--allow-service",
                peers.endpoint("index"),
                "--allow-service",
                redirectingEndpoint(),
                "src/test/resources/federation/cited-with-dois.txt");
    }

    private String redirectingEndpoint() {
        return "http://localhost:" + redirecting.getAddress().getPort() + "/sparql";
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        redirecting.stop(0);
        peers.close();
    }

    private List<String> csv(String file) throws Exception {
        String query = peers.local(Files.readString(Path.of("data/queries/federated", file)));
        HttpResponse<String> response = Http.query(server.endpoint(), query, "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        return response.body().lines().skip(1).map(String::strip).toList();
    }

    @Test
    void service_doesNotFollowRedirectsPastTheAllowlist() throws Exception {
        HttpResponse<String> response = Http.query(
                server.endpoint(),
                "SELECT * WHERE { SERVICE SILENT <" + redirectingEndpoint() + "> { ?s ?p ?o } }",
                "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(!response.body().contains("wikidata.org"), "followed a redirect to " + response.body());
    }

    @Test
    void wikidataItemsOfCitedWorks_joinByDoi() throws Exception {
        int before = peers.received().size();
        List<String> rows = csv("wikidata-items-of-cited-works.rq");
        List<String> sent = peers.received().subList(before, peers.received().size());
        assertTrue(
                !sent.isEmpty() && sent.stream().allMatch(q -> q.contains("\"10.")),
                "each call names its DOI: " + String.join("\n", sent));
        assertEquals(4, rows.size(), String.join("\n", rows));
        assertTrue(
                rows.get(0).endsWith(",10.1007/s11192-019-03217-6,http://www.wikidata.org/entity/Q9002,citation index"),
                rows.get(0));
        assertTrue(
                rows.get(1).endsWith(",10.1016/j.joi.2017.08.007,http://www.wikidata.org/entity/Q9001,bibliometrics"));
        assertTrue(rows.get(2).endsWith(",http://www.wikidata.org/entity/Q9003,citation analysis"));
        assertTrue(rows.get(3).endsWith(",http://www.wikidata.org/entity/Q9003,ontology"));
    }

    @Test
    void openCitationsCitationCounts_metaThenIndex() throws Exception {
        int before = peers.received().size();
        List<String> rows = csv("opencitations-citation-counts.rq");
        // Each call carries the row's own DOI or OMID, so the query stays cheap against the real, huge graphs.
        List<String> sent = peers.received().subList(before, peers.received().size());
        assertTrue(
                !sent.isEmpty()
                        && sent.stream()
                                .allMatch(q -> q.startsWith("/meta/")
                                        ? q.contains("\"10.")
                                        : q.contains("<https://w3id.org/oc/meta/br/")),
                String.join("\n", sent));
        assertEquals(
                List.of(
                        "10.1016/j.joi.2017.08.007,https://w3id.org/oc/meta/br/0601,5",
                        "10.1007/s11192-019-03217-6,https://w3id.org/oc/meta/br/0602,2",
                        "10.1016/j.websem.2012.08.001,https://w3id.org/oc/meta/br/0603,0"),
                rows.stream().map(r -> r.substring(r.indexOf(',') + 1)).toList());
    }

    @Test
    void everyFederatedQueryHasATest() throws Exception {
        try (var files = Files.list(Path.of("data/queries/federated"))) {
            assertEquals(
                    List.of("opencitations-citation-counts.rq", "wikidata-items-of-cited-works.rq"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "add a test above for each new query");
        }
    }

    @Test
    void service_otherTargetsAreRefusedNamingThem() throws Exception {
        for (String target : List.of(
                peers.endpoint("other"),
                "http://169.254.169.254/latest/meta-data/",
                "http://127.0.0.1:" + server.root().replaceAll(".*:(\\d+)/", "$1") + "/sparql",
                "https://query.wikidata.org/sparql")) {
            HttpResponse<String> response = Http.query(
                    server.endpoint(), "SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }", "text/csv");
            assertEquals(403, response.statusCode(), target + ": " + response.body());
            assertTrue(response.body().contains(target), response.body());
        }
        HttpResponse<String> variable = Http.query(
                server.endpoint(),
                "SELECT * WHERE { BIND(<" + peers.endpoint("meta") + "> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                "text/csv");
        assertEquals(403, variable.statusCode(), variable.body());
        HttpResponse<String> hidden = Http.query(
                server.endpoint(),
                "SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { "
                        + "SELECT * { SERVICE SILENT <http://10.0.0.2/sparql> { ?s ?p ?o } } } }",
                "text/csv");
        assertEquals(403, hidden.statusCode(), hidden.body());
        assertTrue(hidden.body().contains("http://10.0.0.2/sparql"), hidden.body());
        HttpResponse<String> posted = Http.post(
                server.endpoint(),
                "application/sparql-query",
                "SELECT * WHERE { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } }",
                "text/csv");
        assertEquals(403, posted.statusCode(), posted.body());
        HttpResponse<String> huge = Http.post(
                server.endpoint(),
                "application/sparql-query",
                "ASK {}" + " ".repeat(ServiceGuard.MAX_QUERY_BYTES),
                "text/csv");
        assertEquals(413, huge.statusCode(), huge.body());
        HttpResponse<String> allowedPost = Http.post(
                server.endpoint(),
                "application/sparql-query",
                "SELECT (COUNT(*) AS ?n) WHERE { SERVICE <" + peers.endpoint("meta") + "> { ?s ?p ?o } }",
                "text/csv");
        assertEquals(200, allowedPost.statusCode(), allowedPost.body());
    }
}
