package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code scholarlod serve} on an empty store: the seed is published and answers the contract over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeIT {
    static final String PREFIXES = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX fabio: <http://purl.org/spar/fabio/>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX pro: <http://purl.org/spar/pro/>
            PREFIX frapo: <http://purl.org/cerif/frapo/>
            """;

    @TempDir
    static Path dir;

    private ServerProcess server;

    @BeforeAll
    void start() throws Exception {
        server = ServerProcess.start("--db", dir.resolve("tdb2").toString());
    }

    @AfterAll
    void stop() throws InterruptedException {
        server.close();
    }

    private List<QuerySolution> select(String query) throws Exception {
        HttpResponse<String> response =
                Http.query(server.endpoint(), PREFIXES + query, "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        ResultSet results = ResultSetMgr.read(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new java.util.ArrayList<>();
        results.forEachRemaining(rows::add);
        return rows;
    }

    private long count(String where) throws Exception {
        return select("SELECT (COUNT(*) AS ?count) WHERE { " + where + " }")
                .get(0)
                .getLiteral("count")
                .getLong();
    }

    @Test
    void serve_printsWhereItIs() {
        List<String> output = server.output();
        assertTrue(
                output.stream()
                        .anyMatch(l -> l.startsWith("ScholarLOD is serving 1 article from " + dir.resolve("tdb2")
                                + ", URIs under http://localhost:3030/")),
                output.toString());
        assertTrue(server.endpoint().matches("http://localhost:\\d+/sparql"), server.endpoint());
    }

    @Test
    void sparql_contractOnTheSeed() throws Exception {
        assertEquals(95, count("?a a fabio:JournalArticle ; cito:cites ?w"));
        assertEquals(6, count("?a dcterms:subject ?k . ?k a skos:Concept ; skos:prefLabel ?l"));
        assertEquals(
                2,
                count("?a dcterms:identifier \"10.1007/s10551-014-2373-7\" ; dcterms:creator ?p . "
                        + "?p a foaf:Person ; foaf:name ?n"));
        assertEquals(5, count("?a pro:isDocumentContextFor/pro:relatesToOrganization/foaf:name ?org"));
        assertEquals(
                1,
                count("?g a frapo:Grant ; frapo:hasGrantNumber \"HY-2012-2430\" ; "
                        + "frapo:isAwardedBy/foaf:name \"Hanyang University\""));
    }

    @Test
    void sparql_graphReachesEachArticleGraph() throws Exception {
        List<QuerySolution> rows =
                select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g foaf:primaryTopic ?a . ?a a fabio:JournalArticle } }");
        assertEquals(1, rows.size());
        assertEquals(
                "http://localhost:3030/graph/article/10.1007/s10551-014-2373-7",
                rows.get(0).getResource("g").getURI());
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json",
        "application/sparql-results+xml, application/sparql-results+xml",
        "text/csv, text/csv",
        "text/tab-separated-values, text/tab-separated-values"
    })
    void sparql_everyStandardResultFormat(String accept, String contentType) throws Exception {
        HttpResponse<String> response = Http.query(
                server.endpoint(),
                PREFIXES
                        + "SELECT ?n WHERE { ?a a fabio:JournalArticle ; cito:cites ?w ; dcterms:creator ?p . ?p foaf:name ?n } ORDER BY ?n",
                accept);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType));
        assertTrue(
                response.body().contains("Gary Gereffi") && response.body().contains("Joonkoo Lee"), response.body());
    }

    @Test
    void sparql_postFormAndDirect() throws Exception {
        String query = PREFIXES + "ASK { ?p foaf:name \"Joonkoo Lee\" }";
        HttpResponse<String> form = Http.post(
                server.endpoint(),
                "application/x-www-form-urlencoded",
                "query=" + Http.encode(query),
                "application/sparql-results+json");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("true"), form.body());
        HttpResponse<String> direct =
                Http.post(server.endpoint(), "application/sparql-query", query, "application/sparql-results+json");
        assertEquals(200, direct.statusCode());
        assertTrue(direct.body().contains("true"), direct.body());
    }

    @Test
    void sparql_constructAsTurtle() throws Exception {
        HttpResponse<String> response = Http.query(
                server.endpoint(),
                PREFIXES + "CONSTRUCT { ?a dcterms:title ?t } WHERE { ?a dcterms:title ?t }",
                "text/turtle");
        assertEquals(200, response.statusCode());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(graph);
        assertTrue(graph.size() >= 3, response.body());
    }

    @ParameterizedTest
    @CsvSource({
        "sparql?query=CONSTRUCT%7B%3Fa%20%3Fp%20%3Fo%7DWHERE%7B%3Fa%20%3Fp%20%3Fo%7DLIMIT%205",
        "sparql?query=DESCRIBE%20%3Chttp%3A%2F%2Flocalhost%3A3030%2Fid%2Farticle%2F10.1007%2Fs10551-014-2373-7%3E",
        "sparql",
        ".well-known/void"
    })
    void jsonLd_whatJenaWritesToo(String path) throws Exception {
        // Jena writes these (our own writer does the dereferenced descriptions): it needs its JSON-LD processor
        // in the jar, which a test-scoped dependency once left out, making each of them a 500.
        HttpResponse<String> response = Http.get(server.root() + path, "application/ld+json");
        assertEquals(200, response.statusCode(), response.body());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.JSONLD).parse(graph);
        assertTrue(graph.size() >= 3, response.body());
    }

    @Test
    void sparql_isReadOnly() throws Exception {
        HttpResponse<String> update = Http.post(
                server.endpoint(),
                "application/x-www-form-urlencoded",
                "update=" + Http.encode("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"),
                null);
        assertEquals(403, update.statusCode());
        assertTrue(update.body().contains("read-only"), update.body());
        HttpResponse<String> direct = Http.post(
                server.endpoint(), "application/sparql-update", "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", null);
        assertEquals(403, direct.statusCode());
        assertEquals(0, count("<urn:x:a> ?p ?o"));
    }

    @Test
    void sparql_plainGetIsAServiceDescription() throws Exception {
        HttpResponse<String> response = Http.get(server.endpoint(), "text/turtle");
        assertEquals(200, response.statusCode());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(graph);
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        assertTrue(
                graph.contains(
                        org.apache.jena.graph.Node.ANY,
                        org.apache.jena.graph.NodeFactory.createURI(sd + "endpoint"),
                        org.apache.jena.graph.NodeFactory.createURI(server.endpoint())),
                response.body());
        assertTrue(
                response.body().contains("sd:SPARQL11Query") && !response.body().contains("SPARQL11Update"));
        for (String format : List.of(
                "SPARQL_Results_JSON",
                "SPARQL_Results_XML",
                "SPARQL_Results_CSV",
                "SPARQL_Results_TSV",
                "Turtle",
                "JSON-LD",
                "RDF_XML",
                "N-Triples")) {
            assertTrue(
                    graph.contains(
                            org.apache.jena.graph.Node.ANY,
                            org.apache.jena.graph.NodeFactory.createURI(sd + "resultFormat"),
                            org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/formats/" + format)),
                    format);
        }
        HttpResponse<String> rdfxml = Http.get(server.endpoint(), "application/rdf+xml");
        assertTrue(rdfxml.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
    }

    @Test
    void sparql_badQueryIs400() throws Exception {
        assertEquals(400, Http.query(server.endpoint(), "SELECT WHERE {", null).statusCode());
    }

    @Test
    void favicon_isNoContentNotAnError() throws Exception {
        assertEquals(204, Http.get(server.root() + "favicon.ico", null).statusCode());
    }

    @Test
    void homePage_saysWhereTheEndpointIs() throws Exception {
        HttpResponse<String> response = Http.get(server.root(), "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("<form action=\"/sparql\""), response.body());
    }
}
