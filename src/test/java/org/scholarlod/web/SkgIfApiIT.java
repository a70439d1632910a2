package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SKG-IF API over our store, read as an SKG-IF client would: every answer is JSON-LD that, expanded with the
 * SKG-IF 1.1.0 and API contexts (copies in {@code src/test/resources/skg-if}, so no network), conforms to the
 * SKG-IF SHACL shapes under jena-shacl and carries the facts of the articles loaded; links are followed as given.
 */
class SkgIfApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FABIO = "http://purl.org/spar/fabio/";
    private static final String DOI = "10.5555/jbe.2019.0042";

    @TempDir
    static Path dir;

    private static ServerProcess server;
    private static Map<String, JsonNode> contexts;
    private static Graph shapes;

    @BeforeAll
    static void start() throws Exception {
        contexts = Map.of(
                "https://w3id.org/skg-if/context/1.1.0/skg-if.json",
                        fixture("skg-if.json").get("@context"),
                "https://w3id.org/skg-if/context/1.0.0/skg-if-api.json",
                        fixture("skg-if-api.json").get("@context"));
        shapes = RDFParser.source("src/test/resources/skg-if/shapes.ttl").toGraph();
        server = ServerProcess.startAtOwnBase(
                "--db",
                dir.resolve("tdb2").toString(),
                "data/articles/gereffi-lee-2016",
                "src/test/resources/crossref/work-journal-article.json",
                "src/test/resources/jats/pmc-research-article.xml");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void product_conformsAndCarriesTheArticle() throws Exception {
        JsonNode answer = get("skg-if/products/article/" + DOI);
        Graph graph = conforming(answer);
        Node article = uri("id/article/" + DOI);
        assertTrue(graph.contains(article, RDF.Nodes.type, NodeFactory.createURI(FABIO + "Work")));
        assertTrue(graph.contains(article, RDF.Nodes.type, NodeFactory.createURI(FABIO + "ScholarlyWork")));
        assertTrue(graph.contains(
                article,
                dct("title"),
                NodeFactory.createLiteralString("Governance and upgrading in supplier clusters")));
        assertEquals(
                6,
                graph.find(article, NodeFactory.createURI("http://purl.org/spar/cito/cites"), Node.ANY)
                        .toList()
                        .size());
        assertEquals(
                5,
                graph.find(article, pro("isRelatedToRoleInTime"), Node.ANY)
                        .toList()
                        .size(),
                "four authors and the publisher");
        assertTrue(graph.contains(Node.ANY, pro("isHeldBy"), uri("id/person/orcid-0000-0002-1825-0097")));
        assertTrue(graph.contains(
                Node.ANY,
                dct("issued"),
                NodeFactory.createLiteralDT(
                        "2019-03-05T00:00:00", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime)));
        assertEquals(
                3,
                graph.find(article, NodeFactory.createURI("http://purl.org/cerif/frapo/isFundedBy"), Node.ANY)
                        .toList()
                        .size());
        assertEquals(answer.at("/meta/local_identifier").asText(), server.root() + "skg-if/products/article/" + DOI);
    }

    @Test
    void shapes_refuseABrokenProduct() throws Exception {
        ObjectNode answer = (ObjectNode) get("skg-if/products/article/" + DOI);
        ((ObjectNode) answer.at("/@graph/0/contributions/0")).put("rank", 0);
        assertFalse(validate(answer).conforms(), "a rank of 0 is no xsd:positiveInteger");
    }

    @Test
    void everyType_listsEntitiesThatConformAndResolve() throws Exception {
        Map<String, String> classes = Map.of(
                "products",
                FABIO + "Work",
                "persons",
                "http://xmlns.com/foaf/0.1/Person",
                "organisations",
                "http://xmlns.com/foaf/0.1/Organization",
                "grants",
                "http://purl.org/cerif/frapo/Grant",
                "venues",
                FABIO + "ExpressionCollection",
                "topics",
                FABIO + "SubjectTerm");
        for (var type : classes.entrySet()) {
            JsonNode page = get("skg-if/" + type.getKey() + "?page_size=3");
            assertEquals("search_result_page", page.at("/meta/entity_type").asText());
            assertTrue(page.at("/meta/part_of/total_items").asLong() > 0, type.getKey());
            conforming(page);
            for (JsonNode item : page.at("/meta/api_items")) {
                JsonNode single = getUrl(item.at("/urls/0/href").asText());
                Graph graph = conforming(single);
                Node entity = NodeFactory.createURI(item.get("local_identifier").asText());
                assertTrue(
                        graph.contains(entity, RDF.Nodes.type, NodeFactory.createURI(type.getValue())),
                        entity.toString());
            }
        }
    }

    @Test
    void paging_followsNextPageThroughEveryProductOnce() throws Exception {
        JsonNode page = get("skg-if/products?page_size=4");
        long total = page.at("/meta/part_of/total_items").asLong();
        Set<String> seen = new HashSet<>();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 100 && page != null; i++) {
            pages.add(page.at("/meta/local_identifier").asText());
            for (JsonNode product : page.get("@graph")) {
                assertTrue(seen.add(product.get("local_identifier").asText()), "listed twice: " + product);
            }
            JsonNode next = page.at("/meta/next_page/local_identifier");
            page = next.isMissingNode() ? null : getUrl(next.asText());
        }
        assertEquals(total, seen.size());
        assertTrue(total > 4);
        assertEquals(
                pages.get(pages.size() - 1),
                get("skg-if/products?page_size=4")
                        .at("/meta/part_of/last_page/local_identifier")
                        .asText());
    }

    @Test
    void filters_findTheArticleByEachKindOfKey() throws Exception {
        for (String filter : List.of(
                "identifiers.id:" + DOI.toUpperCase(java.util.Locale.ROOT),
                "cf.contributions_orcid:0000-0001-5109-3700",
                "contributions.by.identifiers.id:https://orcid.org/0000-0001-5109-3700",
                "contributions.declared_affiliations.name:School of Business, Hanyang University,product_type:literature",
                "cf.search.title:Upgrading IN supplier clusters",
                "cf.cites_doi:10.1080/0034340022000022198",
                "funding.grant_number:OISE-1545100")) {
            JsonNode page = get("skg-if/products?filter=" + Http.encode(filter));
            List<String> found = new ArrayList<>();
            page.get("@graph").forEach(p -> found.add(p.get("local_identifier").asText()));
            assertEquals(List.of(uri("id/article/" + DOI).getURI()), found, filter);
        }
        assertEquals(
                0,
                get("skg-if/products?filter=" + Http.encode("identifiers.id:10.9999/none"))
                        .get("@graph")
                        .size());
        assertEquals(
                1,
                get("skg-if/persons?filter=family_name:carberry").get("@graph").size());
        assertEquals(
                1,
                get("skg-if/grants?filter="
                                + Http.encode(
                                        "funding_agency.identifiers.value:10.13039/100000001,grant_number:SES-1758475"))
                        .get("@graph")
                        .size());
    }

    @Test
    void errors_areProblemDocumentsWithTheOpenApisStatuses() throws Exception {
        assertProblem("skg-if/products?filter=" + Http.encode("cf.search.nothing:x"), 422);
        assertProblem("skg-if/products?filter=title", 400);
        assertProblem("skg-if/products?page=0", 400);
        assertProblem("skg-if/products/article/10.9999/none", 404);
        assertProblem("skg-if/persons/article/" + DOI, 404);
        assertProblem("skg-if/datasets", 404);
    }

    private static void assertProblem(String path, int status) throws Exception {
        HttpResponse<String> response = Http.get(server.root() + path, "application/json");
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(Integer.toString(status), problem.get("status").asText());
        assertFalse(problem.get("detail").asText().isBlank());
    }

    private static JsonNode get(String path) throws Exception {
        return getUrl(server.root() + path);
    }

    private static JsonNode getUrl(String url) throws Exception {
        HttpResponse<String> response = Http.get(url, "application/ld+json");
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        assertEquals(
                "application/ld+json",
                response.headers().firstValue("Content-Type").orElseThrow());
        return JSON.readTree(response.body());
    }

    /** The answer's RDF, all graphs merged, after checking it conforms to the SKG-IF shapes. */
    private static Graph conforming(JsonNode answer) throws IOException {
        ValidationReport report = validate(answer);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), "SKG-IF shapes refuse: " + answer);
        return rdf(answer);
    }

    private static ValidationReport validate(JsonNode answer) throws IOException {
        return ShaclValidator.get().validate(shapes, rdf(answer));
    }

    private static Graph rdf(JsonNode answer) throws IOException {
        ObjectNode inline = answer.deepCopy();
        ArrayNode context = JSON.createArrayNode();
        for (JsonNode part : answer.get("@context")) {
            context.add(part.isTextual() ? contexts.get(part.asText()) : part);
        }
        inline.set("@context", context);
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.fromString(JSON.writeValueAsString(inline), Lang.JSONLD11).parse(dataset);
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        assertTrue(union.size() > 0);
        return union;
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(Path.of("src/test/resources/skg-if", name))) {
            return JSON.readTree(in);
        }
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(server.root() + path);
    }

    private static Node dct(String local) {
        return NodeFactory.createURI("http://purl.org/dc/terms/" + local);
    }

    private static Node pro(String local) {
        return NodeFactory.createURI("http://purl.org/spar/pro/" + local);
    }
}
