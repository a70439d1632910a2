package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarlod.rdf.ScholarLodVocab;

/** Every kind of minted URI, dereferenced over HTTP as a browser and as RDF and citation clients do. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DereferenceIT {
    static final String BASE = "http://localhost:3030/";
    static final String ARTICLE = "id/article/10.1007/s10551-014-2373-7";

    @TempDir
    static Path dir;

    private ServerProcess server;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void start() throws Exception {
        server = ServerProcess.start("--db", dir.resolve("tdb2").toString());
    }

    @AfterAll
    void stop() throws InterruptedException {
        server.close();
    }

    private HttpResponse<String> get(String path, String accept, String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(server.root() + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** What the SPARQL endpoint answers to the description query of the same resource. */
    private Graph viaSparql(String path) throws Exception {
        String query = ResourceDescriber.query(NodeFactory.createURI(BASE + path), 1);
        HttpResponse<String> response = Http.query(server.endpoint(), query, "application/n-triples");
        assertEquals(200, response.statusCode(), response.body());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(graph);
        return graph;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        ARTICLE + ", text/turtle, TURTLE",
        ARTICLE + ", application/ld+json, JSON-LD",
        ARTICLE + ", application/rdf+xml, RDF/XML",
        ARTICLE + ", application/n-triples, N-TRIPLES",
        "id/person/joonkoo-lee, text/turtle, TURTLE",
        "id/org/duke-university, application/ld+json, JSON-LD",
        "id/org/duke-university/department-of-sociology, application/rdf+xml, RDF/XML",
        "id/grant/hanyang-university/hy-2012-2430, text/turtle, TURTLE",
        "id/concept/governance, application/n-triples, N-TRIPLES",
        ARTICLE + "/reference/12, text/turtle, TURTLE",
        "id/work/porter-1998-98c5f8b6, text/turtle, TURTLE",
        "id/journal/journal-of-business-ethics, application/ld+json, JSON-LD",
        ARTICLE + "/citation/35, text/turtle, TURTLE"
    })
    void dereference_rdfEqualsTheStoresAnswer(String path, String accept, String lang) throws Exception {
        HttpResponse<String> response = get(path, accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        assertTrue(
                response.headers().allValues("Vary").stream()
                        .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                        .anyMatch(v -> v.strip().equals("Accept")),
                response.headers().map().toString());
        assertTrue(response.headers().firstValue("Content-Location").orElse("").startsWith("/" + path + "."));
        Graph served = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), RDFLanguages.nameToLang(lang))
                .base(BASE + path)
                .context(jsonLdOptions())
                .parse(served);
        assertTrue(served.size() > 0);
        assertTrue(served.isIsomorphicWith(viaSparql(path)), path + " as " + accept + " differs from the store");
    }

    /**
     * JSON-LD names the published context at the minted base; this server runs elsewhere, so the processor's
     * loader fetches that URL from this server over HTTP instead.
     */
    private org.apache.jena.sparql.util.Context jsonLdOptions() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> {
            assertEquals(BASE + "context.jsonld", url.toString());
            try {
                HttpResponse<InputStream> context = client.send(
                        HttpRequest.newBuilder(URI.create(server.root() + "context.jsonld"))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(200, context.statusCode());
                return JsonDocument.of(MediaType.JSON_LD, context.body());
            } catch (IOException | InterruptedException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
            }
        });
        org.apache.jena.sparql.util.Context context = new org.apache.jena.sparql.util.Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    @Test
    void jsonLd_readsAsPlainJson() throws Exception {
        HttpResponse<String> response = get(ARTICLE, "application/ld+json");
        JsonNode document = new ObjectMapper().readTree(response.body());
        assertEquals(BASE + "context.jsonld", document.get("@context").asText());
        JsonNode article = document.get("@graph").get(0);
        assertEquals(BASE + ARTICLE, article.get("id").asText());
        assertEquals(
                "Economic and Social Upgrading in Global Value Chains and Industrial Clusters: Why Governance Matters",
                article.get("title").asText());
        assertTrue(
                article.get("type").toString().contains("\"JournalArticle\""),
                article.get("type").toString());
        assertEquals(
                BASE + "id/person/gary-gereffi", article.get("creator").get(0).asText());
        assertEquals("2016", article.get("issued").asText());
        assertEquals("133", article.get("volume").asText());
    }

    @Test
    void contextDocument_isServedAndRevalidated() throws Exception {
        HttpResponse<String> response = get("context.jsonld", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        JsonNode context = new ObjectMapper().readTree(response.body()).get("@context");
        assertEquals(
                "http://purl.org/dc/terms/title",
                context.get("title")
                        .asText()
                        .replace("dcterms:", context.get("dcterms").asText()));
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("context.jsonld", null, "If-None-Match", etag).statusCode());
    }

    @Test
    void personPage_saysWhatAuthorMatchesAre() throws Exception {
        String page = get("id/person/gary-gereffi", "text/html").body();
        assertTrue(
                page.contains("<h2>May be the author of these cited works (the same name in a reference list)</h2>"),
                page);
        assertTrue(page.contains("Reference 29: The organization of buyer-driven global commodity chains"), page);
        assertFalse(page.contains(">id/article/10.1007/s10551-014-2373-7/citation/"), "no wall of match URIs");
        assertFalse(page.contains("slod:articleAuthor"), page);
        assertTrue(page.contains("<span>Person</span>") && !page.contains("<span>foaf:Agent</span>"), page);
    }

    @Test
    void organisationPage_listsUnitsOnceAndTheAddressByPlace() throws Exception {
        String page = get("id/org/duke-university", "text/html").body();
        assertTrue(page.contains(">Durham, USA</a>"), page);
        assertTrue(page.contains("org:subOrganizationOf, org:unitOf"), page);
        assertEquals(2, page.split("org:unitOf", -1).length, "one row names org:unitOf: " + page);
        assertEquals(2, page.split("org:subOrganizationOf", -1).length, "one row names org:subOrganizationOf: " + page);
    }

    @Test
    void articlePage_namesItsKindForPeople() throws Exception {
        String page = get(ARTICLE, "text/html").body();
        assertTrue(page.contains("<span>Journal article</span>"), page);
        assertFalse(page.contains("<span>fabio:Expression</span>"), page);
        assertTrue(page.contains("title=\"fabio:Expression fabio:JournalArticle\""), "the terms stay in the tooltip");
    }

    @Test
    void homePage_countsInWordsAndListsAuthorsVenueAndYear() throws Exception {
        String page = get("", "text/html").body();
        assertTrue(page.contains("1 article, citing 95 works;"), page);
        assertFalse(page.matches("(?s).*\\d+ \\w+\\(s\\).*"), "counts read as words: " + page);
        assertTrue(page.contains("Gereffi &amp; Lee · Journal of Business Ethics · 2016"), page);
    }

    @Test
    void page_showsWhereElseTheResourceIs() throws Exception {
        String page = get(ARTICLE, "text/html").body();
        assertTrue(page.contains("<h2>Elsewhere</h2>"), page);
        assertTrue(
                page.contains("<a href=\"https://doi.org/10.1007/s10551-014-2373-7\">DOI 10.1007/s10551-014-2373-7</a> "
                        + "<small>(the same)</small>"),
                page);
    }

    @Test
    void dereference_graphUriGivesTheArticlesGraph() throws Exception {
        HttpResponse<String> response = get("graph/article/10.1007/s10551-014-2373-7", "application/trig");
        assertEquals(200, response.statusCode());
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(response.body(), Lang.TRIG).parse(dataset);
        assertTrue(dataset.containsGraph(NodeFactory.createURI(BASE + "graph/article/10.1007/s10551-014-2373-7")));
        Node graph = NodeFactory.createURI(BASE + "graph/article/10.1007/s10551-014-2373-7");
        List<Node> parts = dataset.getGraph(graph)
                .find(graph, ScholarLodVocab.sharedPart, Node.ANY)
                .mapWith(t -> t.getObject())
                .toList();
        assertTrue(
                dataset.getGraph(graph).size() > 1000 && parts.size() > 100,
                "the record's own triples and its shared parts");
        HttpResponse<String> part = get(parts.get(0).getURI().substring(BASE.length()), "application/trig");
        assertEquals(200, part.statusCode());
        DatasetGraph shared = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(part.body(), Lang.TRIG).parse(shared);
        assertEquals(
                List.of(parts.get(0)),
                shared.stream().map(q -> q.getGraph()).distinct().toList(),
                part.body());
    }

    @Test
    void dereference_browsersGetHtmlWithLabels() throws Exception {
        HttpResponse<String> response = get(ARTICLE, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = response.body();
        assertTrue(html.contains("<h1>Economic and Social Upgrading in Global Value Chains"), html);
        assertTrue(html.contains("href=\"/id/person/gary-gereffi\">Gary Gereffi</a>"), html);
        assertTrue(html.contains("Gereffi, G., &amp; Lee, J. (2016)."), html);
    }

    @Test
    void dereference_citationFormatsForWorks() throws Exception {
        assertEquals(
                "Gereffi, G., & Lee, J. (2016). Economic and Social Upgrading in Global Value Chains and "
                        + "Industrial Clusters: Why Governance Matters. Journal of Business Ethics, 133(1), 25–38. "
                        + "https://doi.org/10.1007/s10551-014-2373-7",
                get(ARTICLE, "text/x-bibliography").body().strip());
        assertTrue(get(ARTICLE, "application/x-bibtex").body().startsWith("@article{gereffi2016,"));
        assertTrue(get(ARTICLE, "application/x-research-info-systems").body().startsWith("TY  - JOUR"));
        String csl = get("id/work/porter-1998-98c5f8b6", "application/vnd.citationstyles.csl+json")
                .body();
        assertTrue(csl.contains("\"container-title\" : \"Harvard Business Review\""), csl);
        assertEquals(
                406, get("id/person/joonkoo-lee", "application/x-bibtex").statusCode(), "a person has no citation");
    }

    /** doi.org's citation negotiation: a CSL style and locale by Accept parameters or by query. */
    @Test
    void dereference_citationInAnyCslStyle() throws Exception {
        String ieee = "[1] G. Gereffi and J. Lee, “Economic and Social Upgrading in Global Value Chains and Industrial"
                + " Clusters: Why Governance Matters,” Journal of Business Ethics, vol. 133, no. 1, pp. 25–38, 2016,"
                + " doi: 10.1007/s10551-014-2373-7.";
        HttpResponse<String> byAccept = get(ARTICLE, "text/x-bibliography; style=ieee; locale=en-US");
        assertEquals(ieee, byAccept.body().strip());
        assertEquals(
                "/" + ARTICLE + ".txt?style=ieee",
                byAccept.headers().firstValue("Content-Location").orElse(""));
        assertEquals(ieee, get(ARTICLE + ".txt?style=ieee", null).body().strip());
        assertTrue(
                get(ARTICLE + "?style=chicago-author-date&locale=de-DE", "text/x-bibliography")
                        .body()
                        .startsWith("Gereffi, Gary, und Joonkoo Lee. 2016. „Economic"),
                "German terms and quotation marks");

        HttpResponse<String> unknown = get(ARTICLE + ".txt?style=no-such-style", null);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().startsWith("unknown citation style 'no-such-style'"), unknown.body());
        assertEquals(400, get(ARTICLE, "text/x-bibliography; locale=xx-XX").statusCode());
        assertEquals(
                200,
                get("id/person/joonkoo-lee?style=no-such-style", "text/html").statusCode(),
                "a page without a citation does not read the style");

        // Chicago's notes and bibliography lists no work of the generic type (this one is a talk's paper).
        String talk = "id/work/justice-2005-f0deb287";
        HttpResponse<String> none = get(talk, "text/x-bibliography; style=chicago-notes-bibliography");
        assertEquals(406, none.statusCode());
        assertEquals(
                "the citation style 'chicago-notes-bibliography' makes no bibliography entry for this work",
                none.body().strip());
        assertTrue(get(talk + "?style=chicago-notes-bibliography", "text/html")
                .body()
                .contains("The style chicago-notes-bibliography makes no bibliography entry for this work."));

        String page = get(ARTICLE + "?style=ieee", "text/html").body();
        assertTrue(page.contains("<p class=\"citation\">[1] G. Gereffi and J. Lee, “Economic"), page);
        assertTrue(page.contains("<option value=\"ieee\" selected>IEEE</option>"), page);
        assertTrue(page.contains("references.txt?style&#61;ieee\">Formatted text</a>"), page);
    }

    @Test
    void search_findsTitlesNamesAndKeywords() throws Exception {
        String governance = get("search?q=governance", "text/html").body();
        assertTrue(governance.contains("<a href=\"/id/concept/governance\">Governance</a>"), governance);
        assertTrue(governance.contains("/id/work/"), governance);
        assertTrue(get("search?q=Joonkoo", "text/html").body().contains("href=\"/id/person/joonkoo-lee\""));
        HttpResponse<String> syntax =
                get("search?q=" + java.net.URLEncoder.encode("a:b (c \" OR", "UTF-8"), "text/html");
        assertEquals(200, syntax.statusCode(), "the user's words are not Lucene syntax");
        assertTrue(get("search?q=zzzyxq", "text/html").body().contains("Nothing matches."));
    }

    @Test
    void referenceList_downloadsForReferenceManagers() throws Exception {
        HttpResponse<String> bib = get(ARTICLE + "/references.bib", null);
        assertEquals(200, bib.statusCode());
        assertTrue(bib.headers().firstValue("Content-Type").orElse("").startsWith("application/x-bibtex"));
        assertEquals(95, bib.body().lines().filter(l -> l.startsWith("@")).count());
        HttpResponse<String> ris = get(ARTICLE + "/references.ris", null);
        assertEquals(95, ris.body().lines().filter(l -> l.startsWith("TY  - ")).count());
        var csl = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(get(ARTICLE + "/references.csl.json", null).body());
        assertEquals(95, csl.size());
        assertEquals("World Development", csl.get(0).get("container-title").asText());
        List<String> apa = get(ARTICLE + "/references.txt", null).body().lines().toList();
        assertEquals(95, apa.size());
        assertTrue(
                apa.get(0).startsWith("Altenburg, T., & Meyer-Stamer, J. (1999). How to promote clusters"), apa.get(0));
        List<String> ieee =
                get(ARTICLE + "/references.txt?style=ieee", null).body().lines().toList();
        assertTrue(
                ieee.get(0).startsWith("[1] T. Altenburg and J. Meyer-Stamer, “How to promote clusters"), ieee.get(0));
        assertTrue(ieee.get(94).startsWith("[95] "), ieee.get(94));
        assertEquals(400, get(ARTICLE + "/references.txt?style=../x", null).statusCode());
        assertEquals(404, get("id/article/10.9999/none/references.bib", null).statusCode());
    }

    @Test
    void dereference_documentUrlsAndFormatParameter() throws Exception {
        HttpResponse<String> ttl = get(ARTICLE + ".ttl", "text/html");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(
                ttl.headers().allValues("Vary").stream()
                        .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                        .noneMatch(v -> v.strip().equalsIgnoreCase("Accept")),
                "a document URL does not vary by Accept");
        assertTrue(get(ARTICLE + ".bib", null).body().startsWith("@article{"));
        HttpResponse<String> format = get(ARTICLE + "?format=nt", null);
        assertTrue(format.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        assertTrue(ttl.headers()
                .firstValue("Link")
                .orElse("")
                .contains("<" + "/" + ARTICLE + ".jsonld>; rel=\"alternate\"; type=\"application/ld+json\""));
    }

    @Test
    void dereference_unknownIs404AndUnservableIs406() throws Exception {
        HttpResponse<String> html = get("id/article/10.9999/nothing", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.body().contains("Not found"));
        HttpResponse<String> turtle = get("id/article/10.9999/nothing", "text/turtle");
        assertEquals(404, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> png = get(ARTICLE, "image/png");
        assertEquals(406, png.statusCode());
        assertTrue(png.body().contains("text/turtle") && png.body().contains("application/ld+json"), png.body());
    }

    @Test
    void dereference_cachingHeadCors() throws Exception {
        HttpResponse<String> first = get(ARTICLE, "text/turtle", "Origin", "http://example.org");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        assertEquals(
                "public, max-age=300",
                first.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(
                "*", first.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals(304, get(ARTICLE, "text/turtle", "If-None-Match", etag).statusCode());
        assertEquals(
                200, get(ARTICLE, "text/turtle", "If-None-Match", "\"other\"").statusCode());
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(
                304,
                get(ARTICLE, "text/turtle", "If-Modified-Since", lastModified).statusCode());
        assertEquals(
                200,
                get(ARTICLE, "text/turtle", "If-Modified-Since", "not a date").statusCode());
        HttpResponse<String> head = client.send(
                HttpRequest.newBuilder(URI.create(server.root() + ARTICLE))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .header("Accept", "text/turtle")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(etag, head.headers().firstValue("ETag").orElse(""));
    }
}
