package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.rdf.Cito;
import org.scholarlod.rdf.ScholarLodVocab;
import org.scholarlod.rdf.VoidVocab;

/**
 * Retractions, corrections and expressions of concern from Crossref and JATS records, served: the banner on the
 * updated work's page, the flag beside a reference to it, the RDF, the VoID counts and the example query.
 */
class RetractionsIT {
    @TempDir
    static Path dir;

    /** The base the URIs are minted under: serve's default, whatever port the test server listens on. */
    private static final String BASE = "http://localhost:3030/";

    private static ServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.start(
                "--db",
                dir.resolve("tdb2").toString(),
                "src/test/resources/crossref/updates.jsonl",
                "src/test/resources/jats/pmc-research-article.xml",
                "src/test/resources/jats/retraction-notice.xml",
                "src/test/resources/jats/correction-links.xml");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String page(String path) throws Exception {
        var response = Http.get(server.root() + path, "text/html");
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static String banner(String page) {
        int start = page.indexOf("<aside class=\"notice");
        return start < 0 ? "" : page.substring(start, page.lastIndexOf("</aside>") + 8);
    }

    @Test
    void page_ofARetractedJatsArticleHasTheBannerFromTheNoticesRecord() throws Exception {
        String banner = banner(page("id/article/10.5555/journal.pone.0210042"));
        assertTrue(banner.startsWith("<aside class=\"notice severe\" role=\"alert\">"), banner);
        assertTrue(
                banner.contains("<strong>Retracted</strong> on 2022-06-21. Retraction: <a"
                        + " href=\"/id/article/10.5555/journal.pone.0270001\">Retraction: Soil microbes and Rhizobium"
                        + " nodulation under CO2 enrichment</a>."),
                banner);
    }

    @Test
    void page_ofACrossrefWorkListsItsNoticesWeightiestFirstWithWhoRecordedThem() throws Exception {
        String articles = Http.query(
                        server.endpoint(),
                        "SELECT ?a WHERE { ?a <http://purl.org/dc/terms/identifier> \"10.5555/s0140-6736(20)31180-6\""
                                + " ; <http://purl.org/dc/terms/title> ?t }",
                        "text/csv")
                .body();
        String uri = articles.lines().skip(1).findFirst().orElseThrow().strip();
        String banner = banner(page(uri.substring(BASE.length())));
        int retracted = banner.indexOf("<strong>Retracted</strong> on 2020-06-04.");
        int concern = banner.indexOf("<strong>Expression of concern</strong> on 2020-06-03.");
        assertTrue(retracted > 0 && concern > retracted, banner);
        assertTrue(banner.contains("Recorded by Retraction Watch and the publisher."), banner);
        assertTrue(banner.contains("DOI 10.5555/s0140-6736(20)31290-6"), "a notice outside the catalogue by DOI");
    }

    @Test
    void page_inPlaceAndForwardUpdates() throws Exception {
        assertTrue(banner(page("id/article/10.5555/su12010001"))
                .contains("<strong>Corrected</strong> on 2020-03-01. The record says it was updated in place."));
        String forward = banner(page("id/article/10.5555/elife.55555"));
        assertTrue(forward.startsWith("<aside class=\"notice\" role=\"alert\">"), forward);
        assertTrue(forward.contains("Correction: <a href=\"/id/article/10.5555/elife.77777\">"), forward);
    }

    @Test
    void page_ofAnUpdatedWorkHasNoBannerOtherwise() throws Exception {
        assertEquals("", banner(page("id/article/10.5555/s12345-021-0042")));
    }

    @Test
    void page_flagsReferencesToUpdatedWorks() throws Exception {
        String page = page("id/article/10.5555/s12345-021-0042");
        List<String> items = page.lines().filter(l -> l.contains("<li value=")).toList();
        assertEquals(3, items.size(), page);
        assertTrue(items.get(0).endsWith("<span class=\"flag severe\">Retracted</span></li>"), items.get(0));
        assertTrue(items.get(1).endsWith("<span class=\"flag \">Corrected</span></li>"), items.get(1));
        assertFalse(items.get(2).contains("flag"), items.get(2));
    }

    @Test
    void rdf_theNoticeRetractsTheWorkInEveryFormat() throws Exception {
        var turtle = Http.get(server.root() + "id/article/10.5555/journal.pone.0270001", "text/turtle");
        Graph graph = RDFParser.fromString(turtle.body(), Lang.TURTLE).toGraph();
        assertTrue(graph.contains(
                NodeFactory.createURI(BASE + "id/article/10.5555/journal.pone.0270001"),
                Cito.retracts,
                NodeFactory.createURI(BASE + "id/article/10.5555/journal.pone.0210042")));
        var jsonLd = Http.get(server.root() + "id/article/10.5555/journal.pone.0270001", "application/ld+json");
        assertTrue(jsonLd.body().contains("\"retracts\""), jsonLd.body());
    }

    @Test
    void void_countsTheWorksRetractedCorrectedAndOfConcern() throws Exception {
        Graph v = RDFParser.fromString(
                        Http.get(server.root() + ".well-known/void", "text/turtle")
                                .body(),
                        Lang.TURTLE)
                .toGraph();
        assertEquals(2L, distinctObjects(v, Cito.retracts), "one from Crossref records, one from JATS");
        assertEquals(1L, distinctObjects(v, Cito.updates), "the partial retraction");
        assertEquals(3L, distinctObjects(v, Cito.corrects));
        assertEquals(2L, distinctObjects(v, ScholarLodVocab.expressesConcernAbout));
    }

    private static long distinctObjects(Graph v, org.apache.jena.graph.Node property) {
        var partition = v.find(null, VoidVocab.property, property).next().getSubject();
        return ((Number) v.find(partition, VoidVocab.distinctObjects, null)
                        .next()
                        .getObject()
                        .getLiteralValue())
                .longValue();
    }

    @Test
    void query_retractedWorksCited() throws Exception {
        String query = Files.readString(Path.of("data/queries/retracted-works-cited.rq"));
        List<String> rows = Http.query(server.endpoint(), query, "text/csv")
                .body()
                .lines()
                .skip(1)
                .toList();
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith(BASE + "id/article/10.5555/s12345-021-0042,Early treatments"), rows.get(0));
        assertTrue(rows.get(0).endsWith(",2020-06-04"), rows.get(0));
    }
}
