package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.testing.RequiredTool;

/**
 * The OpenCitations Meta API v1 over our store: each operation of RAMOSE's {@code meta_v1.hf}
 * (opencitations/ramose, {@code test/data/meta_v1.hf}) answers in the shape of its documented example output — the
 * same eleven string fields, agents as {@code Family, Given [orcid:… omid:ra/…]} joined by "; ", a venue followed
 * by its identifiers in brackets — as JSON and as CSV, with RAMOSE's plain-text errors.
 */
class MetaApiIT {
    /** The keys of every object in the documented example outputs of the three operations. */
    private static final Set<String> DOCUMENTED_FIELDS = Set.of(
            "id", "title", "author", "pub_date", "page", "issue", "volume", "venue", "type", "publisher", "editor");
    /** An agent as the examples write one: name, then its identifiers and OMID in brackets. */
    private static final String AGENT = "[^;\\[]+ \\[([a-z]+:\\S+ )*omid:ra/\\S+\\]";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static ServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.start(
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

    private static HttpResponse<String> call(String operation, String accept) throws Exception {
        return Http.get(server.root() + "meta/v1/" + operation, accept);
    }

    private static List<Map<String, String>> rows(String operation) throws Exception {
        HttpResponse<String> response = call(operation, "application/json");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(
                "application/json",
                response.headers().firstValue("Content-Type").orElseThrow());
        return JSON.readValue(response.body(), new TypeReference<>() {});
    }

    private static void assertDocumentedShape(Map<String, String> row) {
        assertEquals(DOCUMENTED_FIELDS, row.keySet());
        assertTrue(row.get("id").matches("([a-z]+:\\S+ )*omid:br/\\S+"), row.get("id"));
        assertTrue(
                row.get("author").isEmpty() || row.get("author").matches(AGENT + "(; " + AGENT + ")*"),
                row.get("author"));
        assertTrue(
                row.get("editor").isEmpty() || row.get("editor").matches(AGENT + "(; " + AGENT + ")*"),
                row.get("editor"));
        assertTrue(row.get("publisher").isEmpty() || row.get("publisher").matches(AGENT), row.get("publisher"));
        assertTrue(
                row.get("venue").isEmpty() || row.get("venue").matches(".+ \\[([a-z]+:\\S+ )*omid:br/\\S+\\]"),
                row.get("venue"));
        assertTrue(row.get("pub_date").matches("(\\d{4}(-\\d{2}(-\\d{2})?)?)?"), row.get("pub_date"));
        assertTrue(row.get("page").matches("(\\S+(-\\S+)?)?"), row.get("page"));
    }

    @Test
    void metadata_aWorkByDoiInTheDocumentedShape() throws Exception {
        List<Map<String, String>> rows = rows("metadata/doi:10.5555/jbe.2019.0042");
        assertEquals(1, rows.size());
        Map<String, String> row = rows.get(0);
        assertDocumentedShape(row);
        assertEquals("doi:10.5555/jbe.2019.0042 omid:br/article/10.5555/jbe.2019.0042", row.get("id"));
        assertEquals("Governance and upgrading in supplier clusters", row.get("title"));
        assertTrue(
                row.get("author")
                        .startsWith(
                                "Carberry, Josiah [orcid:0000-0002-1825-0097"
                                        + " omid:ra/person/orcid-0000-0002-1825-0097]; Lindqvist, Mara [omid:ra/person/mara-lindqvist];"),
                row.get("author"));
        assertEquals("2019-03", row.get("pub_date"));
        assertEquals("157", row.get("volume"));
        assertEquals("2", row.get("issue"));
        assertEquals("301-318", row.get("page"));
        assertEquals("journal article", row.get("type"));
        assertEquals(
                "Journal of Business Ethics [issn:0167-4544 issn:1573-0697 omid:br/journal/issn-0167-4544]",
                row.get("venue"));
    }

    @Test
    void metadata_severalIdsInTheOrderAskedWithOmidsAndAnyDoiCase() throws Exception {
        List<Map<String, String>> rows = rows("metadata/doi:10.5555/JOURNAL.PONE.0210042"
                + "__omid:br/article/10.1007/s10551-014-2373-7__doi:10.9999/not-here__pmid:31000001");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(
                "doi:10.5555/journal.pone.0210042 pmid:31000001 omid:br/article/10.5555/journal.pone.0210042",
                rows.get(0).get("id"));
        assertEquals(
                "doi:10.1007/s10551-014-2373-7 omid:br/article/10.1007/s10551-014-2373-7",
                rows.get(1).get("id"));
        rows.forEach(MetaApiIT::assertDocumentedShape);
    }

    @Test
    void metadata_aVenueByIssn() throws Exception {
        List<Map<String, String>> rows = rows("metadata/issn:1932-6203");
        assertEquals(1, rows.size());
        assertEquals(
                "issn:1932-6203 omid:br/journal/issn-1932-6203", rows.get(0).get("id"));
        assertEquals("journal", rows.get(0).get("type"));
    }

    @Test
    void author_byOrcidPrefixedOrBareAndByTheOmidItGives() throws Exception {
        List<Map<String, String>> byOrcid = rows("author/orcid:0000-0002-1825-0097");
        assertEquals(2, byOrcid.size());
        byOrcid.forEach(MetaApiIT::assertDocumentedShape);
        byOrcid.forEach(row -> assertTrue(row.get("author")
                .contains("Carberry, Josiah [orcid:0000-0002-1825-0097 omid:ra/person/orcid-0000-0002-1825-0097]")));
        assertEquals(byOrcid, rows("author/0000-0002-1825-0097"));
        assertEquals(byOrcid, rows("author/omid:ra/person/orcid-0000-0002-1825-0097"));
        assertEquals(List.of(), rows("editor/orcid:0000-0002-1825-0097"), "he edited nothing");
    }

    @Test
    void editor_ofAWork() throws Exception {
        List<Map<String, String>> rows = rows("editor/omid:ra/person/priya-iyer");
        assertEquals(1, rows.size());
        assertEquals("Iyer, Priya [omid:ra/person/priya-iyer]", rows.get(0).get("editor"));
    }

    @Test
    void csv_aPythonClientReadsTheSameRows() throws Exception {
        RequiredTool.PYTHON3.require();
        String operation = "author/orcid:0000-0002-1825-0097";
        HttpResponse<String> csv = call(operation, "text/csv");
        assertEquals(
                "text/csv;charset=utf-8",
                csv.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        assertTrue(csv.body().startsWith("id,title,author,pub_date,issue,volume,venue,page,type,publisher,editor\r\n"));
        Process python = new ProcessBuilder(
                        "/usr/bin/python3",
                        "-c",
                        "import csv, json, sys; print(json.dumps(list(csv.DictReader(sys.stdin))))")
                .start();
        python.getOutputStream().write(csv.body().getBytes(StandardCharsets.UTF_8));
        python.getOutputStream().close();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(30, TimeUnit.SECONDS));
        List<Map<String, String>> read = JSON.readValue(out, new TypeReference<>() {});
        assertEquals(rows(operation), read);
        assertEquals(
                csv.body(), call(operation + "?format=csv", "application/json").body(), "?format= decides");
    }

    @Test
    void errors_asRamoseGivesThem() throws Exception {
        HttpResponse<String> invalid = call("metadata/foo:bar", "application/json");
        assertEquals(400, invalid.statusCode());
        assertEquals(
                "HTTP status code 400: the value 'foo:bar' is not valid for parameter 'ids' in operation"
                        + " '/meta/v1/metadata/{ids}'. Example: /meta/v1/metadata/doi:10.1007/978-1-4020-9632-7\n",
                invalid.body());
        assertTrue(invalid.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertEquals(400, call("author/not-an-orcid", "application/json").statusCode());
        assertTrue(call("author/", "application/json").body().contains("requires a value for parameter 'id'"));
        HttpResponse<String> unknown = call("citations/doi:10.1/x", "application/json");
        assertEquals(404, unknown.statusCode());
        assertEquals("HTTP status code 404: the operation requested does not exist\n", unknown.body());
        assertEquals(
                "[ ]", call("metadata/doi:10.9999/not-here", "application/json").body());
        HttpResponse<String> post = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.root() + "meta/v1/metadata/doi:10.1/x"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }
}
