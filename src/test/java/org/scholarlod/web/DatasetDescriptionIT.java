package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** VoID at /.well-known/void, DCAT with licence and dumps, and the dumps themselves, checked against /sparql. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetDescriptionIT {
    private static final String BASE = "http://localhost:3030/";
    private static final String PREFIXES =
            "PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcat: <http://www.w3.org/ns/dcat#> "
                    + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX owl: <http://www.w3.org/2002/07/owl#> "
                    + "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> ";

    @TempDir
    static Path dir;

    private ServerProcess server;
    private Model description;

    @BeforeAll
    void start() throws Exception {
        server = ServerProcess.start("--db", dir.resolve("tdb2").toString());
        HttpResponse<String> response = Http.get(server.root() + ".well-known/void", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        description = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(description);
    }

    @AfterAll
    void stop() throws InterruptedException {
        server.close();
    }

    private long fromVoid(String query) {
        try (QueryExecution q = QueryExecution.create(PREFIXES + query, description)) {
            return q.execSelect().next().getLiteral("n").getLong();
        }
    }

    private long fromSparql(String query) throws Exception {
        HttpResponse<String> response = Http.query(server.endpoint(), PREFIXES + query, "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(
                response.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void void_countsEqualWhatTheEndpointCounts() throws Exception {
        String ds = "<" + BASE + ".well-known/void#dataset>";
        assertEquals(
                fromSparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
                fromVoid("SELECT ?n WHERE { " + ds + " void:triples ?n }"));
        assertEquals(1, fromVoid("SELECT ?n WHERE { " + ds + " void:documents ?n }"));
        assertEquals(
                fromSparql("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <http://xmlns.com/foaf/0.1/Person> }"),
                fromVoid("SELECT ?n WHERE { " + ds
                        + " void:classPartition [ void:class <http://xmlns.com/foaf/0.1/Person> ; "
                        + "void:entities ?n ] }"));
        assertEquals(
                1,
                fromVoid("SELECT (COUNT(*) AS ?n) WHERE { " + ds + " void:sparqlEndpoint <" + BASE + "sparql> ; "
                        + "void:uriSpace \"" + BASE + "id/\" ; void:vocabulary <http://purl.org/spar/cito/> }"));
        assertEquals(
                5,
                fromVoid("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?f { <http://www.w3.org/ns/formats/Turtle> "
                        + "<http://www.w3.org/ns/formats/JSON-LD> <http://www.w3.org/ns/formats/RDF_XML> "
                        + "<http://www.w3.org/ns/formats/N-Triples> <http://www.w3.org/ns/formats/TriG> } " + ds
                        + " void:feature ?f }"),
                "every RDF syntax a URI dereferences to");
    }

    @Test
    void void_linksetPerExternalGraph() throws Exception {
        assertEquals(
                fromSparql(
                        "SELECT (COUNT(*) AS ?n) WHERE { ?s owl:sameAs ?o FILTER(STRSTARTS(STR(?o), \"https://doi.org/\")) }"),
                fromVoid("SELECT ?n WHERE { ?l a void:Linkset ; void:linkPredicate owl:sameAs ; "
                        + "void:objectsTarget [ void:uriSpace \"https://doi.org/\" ] ; void:triples ?n }"));
    }

    @Test
    void dcat_licenceServiceAndDumps() {
        assertEquals(
                1,
                fromVoid("SELECT (COUNT(*) AS ?n) WHERE { ?c a dcat:Catalog ; dcat:dataset ?d ; dcat:service ?s . "
                        + "?d a dcat:Dataset ; dcterms:license <https://creativecommons.org/publicdomain/zero/1.0/> . "
                        + "?s dcat:endpointURL <" + BASE + "sparql> ; dcat:servesDataset ?d }"));
        assertEquals(
                2,
                fromVoid(
                        "SELECT (COUNT(DISTINCT ?url) AS ?n) WHERE { ?d dcat:distribution [ dcat:downloadURL ?url ] }"));
    }

    @Test
    void dumps_holdTheWholeStore() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<InputStream> nt = client.send(
                HttpRequest.newBuilder(URI.create(server.root() + "dump/scholarlod.nt.gz"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, nt.statusCode());
        assertEquals("application/gzip", nt.headers().firstValue("Content-Type").orElse(""));
        Graph triples = GraphFactory.createDefaultGraph();
        RDFParser.source(new GZIPInputStream(nt.body())).lang(Lang.NTRIPLES).parse(triples);
        assertEquals(fromSparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), triples.size());

        HttpResponse<InputStream> nq = client.send(
                HttpRequest.newBuilder(URI.create(server.root() + "dump/scholarlod.nq.gz"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        RDFParser.source(new GZIPInputStream(nq.body())).lang(Lang.NQUADS).parse(quads);
        assertEquals(
                fromSparql("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                quads.stream().count());
        assertTrue(quads.containsGraph(
                org.apache.jena.graph.NodeFactory.createURI(BASE + "graph/article/10.1007/s10551-014-2373-7")));
    }

    @Test
    void serviceDescription_namesTheDescribedDataset() throws Exception {
        HttpResponse<String> response = Http.get(server.endpoint(), "text/turtle");
        Model sd = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(sd);
        try (QueryExecution q = QueryExecution.create(
                PREFIXES + "ASK { ?s sd:defaultDataset <" + BASE + ".well-known/void#dataset> }", sd)) {
            assertTrue(q.execAsk());
        }
    }

    @Test
    void homePage_listsTheDescriptionsAndCountsFromVoid() throws Exception {
        String page = Http.get(server.root(), "text/html").body();
        long people =
                fromVoid("SELECT ?n WHERE { ?d void:classPartition [ void:class <http://xmlns.com/foaf/0.1/Person> ; "
                        + "void:entities ?n ] }");
        assertTrue(page.contains(people + " people"), page);
        for (String link : new String[] {"/.well-known/void", "/dump/scholarlod.nt.gz", "/dump/scholarlod.nq.gz"}) {
            assertTrue(page.contains("href=\"" + link + "\""), link);
        }
    }
}
