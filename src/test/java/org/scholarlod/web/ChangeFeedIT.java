package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.cli.Main;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Harvesters after two loads of a catalogue (src/test/resources/changes): one following the ActivityStreams pages
 * of {@code /changes?since=}, one following ResourceSync from {@code /.well-known/resourcesync} to the change list,
 * each getting exactly the article the second load changed and the one it added, not the one it loaded again
 * unchanged.
 */
class ChangeFeedIT {
    private static final String BASE = "http://localhost:3030/";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String RS = "http://www.openarchives.org/rs/terms/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static ServerProcess server;
    private static Instant betweenLoads;

    @BeforeAll
    static void loadTwiceAndServe() throws Exception {
        String db = dir.resolve("tdb2").toString();
        assertEquals(0, load(db, "src/test/resources/changes/first-load.jsonl"), "a new store: the bulk loader");
        Thread.sleep(5);
        betweenLoads = Instant.now();
        Thread.sleep(5);
        assertEquals(0, load(db, "src/test/resources/changes/second-load.jsonl"), "transactions");
        assertEquals(0, load(db, "src/test/resources/changes/second-load.jsonl"), "the same again: no change");
        server = ServerProcess.start("--db", db);
    }

    private static int load(String db, String input) {
        return Main.execute(new String[] {"load", "--db", db, "-q", input}, System.out, System.err);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A link under the base the store was minted at, followed on the test server. */
    private static String local(String uri) {
        assertTrue(uri.startsWith(BASE), uri);
        return server.root() + uri.substring(BASE.length());
    }

    private static JsonNode json(String url) throws Exception {
        var response = Http.get(url, "application/activity+json");
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void activityStreams_sinceTheFirstLoad_givesExactlyTheChangedArticles() throws Exception {
        JsonNode collection = json(server.root() + "changes?since=" + betweenLoads);
        assertEquals("OrderedCollection", collection.path("type").asText());
        assertEquals(2, collection.path("totalItems").asInt(), collection.toString());
        List<String> seen = new ArrayList<>();
        for (String page = collection.path("first").asText(); !page.isEmpty(); ) {
            JsonNode body = json(local(page));
            assertEquals("OrderedCollectionPage", body.path("type").asText());
            body.path("orderedItems")
                    .forEach(item -> seen.add(item.path("type").asText() + " "
                            + item.path("object").path("id").asText()));
            page = body.path("next").asText();
        }
        assertEquals(
                List.of(
                        "Update " + BASE + "id/article/10.5555/rp.2020.002",
                        "Create " + BASE + "id/article/10.5555/rp.2022.004"),
                seen);
        assertEquals(5, json(server.root() + "changes").path("totalItems").asInt(), "three created, then two");
    }

    @Test
    void resourceSync_fromTheWellKnownDescriptionToTheChangeList() throws Exception {
        Document description = xml(server.root() + ".well-known/resourcesync");
        assertEquals("description", capability(description.getDocumentElement()));
        String capabilityList = loc(description, "capabilitylist");
        Document capabilities = xml(local(capabilityList));
        assertEquals("capabilitylist", capability(capabilities.getDocumentElement()));
        Document changes = xml(local(loc(capabilities, "changelist")));
        assertEquals("changelist", capability(changes.getDocumentElement()));
        List<String> since = new ArrayList<>();
        NodeList urls = changes.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            Instant lastmod = Instant.parse(text(url, SITEMAP, "lastmod"));
            if (!lastmod.isBefore(betweenLoads)) {
                Element md = (Element) url.getElementsByTagNameNS(RS, "md").item(0);
                since.add(md.getAttribute("change") + " " + text(url, SITEMAP, "loc"));
            }
        }
        assertEquals(
                List.of(
                        "updated " + BASE + "id/article/10.5555/rp.2020.002",
                        "created " + BASE + "id/article/10.5555/rp.2022.004"),
                since);
        Document resources = xml(local(loc(capabilities, "resourcelist")));
        assertEquals(4, resources.getElementsByTagNameNS(SITEMAP, "url").getLength());
    }

    @Test
    void changeList_fromATime_andBadParameters() throws Exception {
        Document changes = xml(server.root() + "resourcesync/changelist.xml?from=" + betweenLoads);
        assertEquals(2, changes.getElementsByTagNameNS(SITEMAP, "url").getLength());
        assertEquals(
                400, Http.get(server.root() + "changes?since=yesterday", "*/*").statusCode());
        assertEquals(404, Http.get(server.root() + "changes?page=2", "*/*").statusCode());
        assertEquals(
                400,
                Http.get(server.root() + "resourcesync/changelist.xml?from=x", "*/*")
                        .statusCode());
        assertEquals(
                404, Http.get(server.root() + "resourcesync/other.xml", "*/*").statusCode());
    }

    @Test
    void void_advertisesTheFeeds() throws Exception {
        String turtle =
                Http.get(server.root() + ".well-known/void", "text/turtle").body();
        assertTrue(turtle.contains("<http://www.openarchives.org/rs/terms/>"), turtle);
        assertTrue(turtle.contains("<https://www.w3.org/TR/activitystreams-core/>"), turtle);
        assertTrue(turtle.contains("<https://api.opencitations.net/meta/v1>"), turtle);
    }

    private static Document xml(String url) throws Exception {
        var response = Http.get(url, "application/xml");
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static String capability(Element root) {
        for (var n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && RS.equals(e.getNamespaceURI()) && "md".equals(e.getLocalName())) {
                return e.getAttribute("capability");
            }
        }
        return null;
    }

    /** The location of the listed document with this capability. */
    private static String loc(Document list, String capability) {
        NodeList urls = list.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            Element md = (Element) url.getElementsByTagNameNS(RS, "md").item(0);
            if (capability.equals(md.getAttribute("capability"))) {
                return text(url, SITEMAP, "loc");
            }
        }
        throw new AssertionError("no " + capability + " listed");
    }

    private static String text(Element parent, String ns, String name) {
        return parent.getElementsByTagNameNS(ns, name).item(0).getTextContent();
    }
}
