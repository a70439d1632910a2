package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.cli.Main;

/**
 * The pages of a served catalogue (a generated one of 120 articles): the home page lists it paged, newest first
 * or by title; person, journal, volume and issue pages show what the catalogue holds about them, each figure
 * checked against the same question asked of the endpoint.
 */
class CataloguePagesIT {
    private static final String PREFIXES =
            "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                    + "PREFIX fabio: <http://purl.org/spar/fabio/> ";

    @TempDir
    static Path dir;

    private static ServerProcess server;

    @BeforeAll
    static void serve() throws Exception {
        Path catalogue = dir.resolve("catalogue.jsonl");
        assertEquals(
                0,
                Main.execute(
                        new String[] {"generate", "--articles", "120", "--seed", "5", "-o", catalogue.toString()},
                        System.out,
                        System.err));
        server = ServerProcess.start("--db", dir.resolve("tdb2").toString(), catalogue.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void personPage_worksByYearCoAuthorsAndMostCited() throws Exception {
        JsonNode top = first("SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?g foaf:primaryTopic ?a . "
                + "?a dcterms:creator ?p } } GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1");
        String person = top.at("/p/value").asText();
        long works = top.at("/n/value").asLong();
        assertTrue(works >= 3, "the generator's long tail gives someone several works: " + works);
        String html = page(person);
        assertTrue(html.contains("<h2>" + works + " works in this catalogue, by year</h2>"), html);
        assertTrue(count(html, "<rect ") >= 1, html);
        assertTrue(html.contains("<h2>Co-authors in this catalogue, by works together</h2>"), html);
        assertTrue(Pattern.compile("— \\d+ works? together</a>").matcher(html).find(), html);
    }

    @Test
    void journalPage_volumesWithTheirArticlesAndMostCited() throws Exception {
        JsonNode top =
                first("SELECT ?j (COUNT(DISTINCT ?a) AS ?n) WHERE { ?j a fabio:Journal . ?v dcterms:isPartOf ?j . "
                        + "?i dcterms:isPartOf ?v . GRAPH ?g { ?g foaf:primaryTopic ?a . ?a dcterms:isPartOf ?i } } "
                        + "GROUP BY ?j ORDER BY DESC(?n) ?j LIMIT 1");
        String journal = top.at("/j/value").asText();
        long articles = top.at("/n/value").asLong();
        String html = page(journal);
        assertTrue(html.contains("<h2>" + articles + " works in this catalogue, by year</h2>"), html);
        assertTrue(html.contains("<h2>Volumes</h2>"), html);
        Matcher volumes = Pattern.compile("<a href=\"([^\"]+)\">Volume \\d+ — (\\d+) articles?</a>")
                .matcher(html);
        long sum = 0;
        String volume = null;
        while (volumes.find()) {
            sum += Long.parseLong(volumes.group(2));
            volume = volume == null ? volumes.group(1) : volume;
        }
        assertEquals(articles, sum, "the volumes' articles add up to the journal's");
        String volumePage =
                Http.get(server.root() + volume.substring(1), "text/html").body();
        assertTrue(volumePage.contains("<h2>Issues</h2>") && volumePage.contains("<h2>Contents</h2>"), volumePage);
        Matcher issue = Pattern.compile("<a href=\"([^\"]+)\">Issue \\d+ — (\\d+) articles?</a>")
                .matcher(volumePage);
        assertTrue(issue.find(), volumePage);
        String issuePage = Http.get(server.root() + issue.group(1).substring(1), "text/html")
                .body();
        assertEquals(
                Long.parseLong(issue.group(2)),
                count(issuePage.substring(issuePage.indexOf("<h2>Contents</h2>")), ", pp. "),
                "the issue's table of contents lists its articles with their pages: " + issuePage);
    }

    @Test
    void articlePage_citedByListsWhatTheEndpointAnswers() throws Exception {
        JsonNode cited = new ObjectMapper()
                .readTree(Http.query(
                                server.endpoint(),
                                PREFIXES + "PREFIX cito: "
                                        + "<http://purl.org/spar/cito/> SELECT ?w (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x cito:cites ?w . "
                                        + "GRAPH ?g { ?g foaf:primaryTopic ?w } } GROUP BY ?w ORDER BY DESC(?n) ?w LIMIT 3",
                                "application/sparql-results+json")
                        .body())
                .at("/results/bindings");
        assertEquals(3, cited.size(), "the generator cites catalogue articles: " + cited);
        for (JsonNode work : cited) {
            String uri = work.at("/w/value").asText();
            JsonNode rows = new ObjectMapper()
                    .readTree(Http.query(
                                    server.endpoint(),
                                    CitingArticles.query(org.apache.jena.graph.NodeFactory.createURI(uri)),
                                    "application/sparql-results+json")
                            .body())
                    .at("/results/bindings");
            List<String> expected = new ArrayList<>();
            for (JsonNode row : rows) {
                String item = row.at("/x/value").asText().substring("http://localhost:3030".length()) + " "
                        + row.at("/label/value").asText();
                if (expected.stream().noneMatch(e -> e.startsWith(item.substring(0, item.indexOf(' ') + 1)))) {
                    expected.add(item);
                }
            }
            String html = page(uri);
            long total = work.at("/n/value").asLong();
            assertEquals(total, expected.size());
            String section = html.substring(html.indexOf("<h2>Cited by " + total + " article"));
            section = section.substring(0, section.indexOf("</ul>"));
            List<String> listed = new ArrayList<>();
            Matcher item = Pattern.compile("<a href=\"([^\"]+)\">([^<]*)</a>").matcher(section);
            while (item.find()) {
                listed.add(item.group(1) + " "
                        + item.group(2)
                                .replace("&#39;", "'")
                                .replace("&quot;", "\"")
                                .replace("&lt;", "<")
                                .replace("&gt;", ">")
                                .replace("&#61;", "=")
                                .replace("&amp;", "&"));
            }
            assertEquals(expected, listed, "newest first, then by title, as the endpoint orders them");
        }
    }

    @Test
    void homePage_pagedNewestFirstByTitleOrByJournal() throws Exception {
        String first = Http.get(server.root(), "text/html").body();
        assertTrue(first.contains("Newest first, page 1 of 3"), first);
        List<String> years = matches(first, "<small class=\"details\">[^<]*· (\\d{4})</small>");
        assertEquals(HomePage.LISTED, count(first, "<small class=\"details\">"), first);
        assertEquals(years.stream().sorted(Comparator.reverseOrder()).toList(), years, "newest first: " + years);
        String newest = first(
                        "SELECT (MAX(STR(?d)) AS ?y) WHERE { GRAPH ?g { ?g foaf:primaryTopic ?a . ?a dcterms:issued ?d } }")
                .at("/y/value")
                .asText();
        assertEquals(newest.substring(0, 4), years.get(0));
        String third = Http.get(server.root() + "?page=3", "text/html").body();
        assertEquals(120 - 2 * HomePage.LISTED, count(third, "<small class=\"details\">"), third);
        assertTrue(third.contains("rel=\"prev\"") && !third.contains("rel=\"next\""), third);
        String byTitle = Http.get(server.root() + "?order=title", "text/html").body();
        List<String> titles = matches(byTitle, "<li><a href=\"/id/article/[^\"]+\">([^<]+)</a>");
        assertEquals(titles.stream().sorted().toList(), titles);
        assertTrue(
                byTitle.replace("&#61;", "=").replace("&amp;", "&").contains("href=\"/?page=2&order=title\""), byTitle);
        String byJournal =
                Http.get(server.root() + "?order=journal", "text/html").body();
        assertTrue(byJournal.contains("By journal, page 1 of 3"), byJournal);
        List<String> venues = matches(byJournal, "<small class=\"details\">[^<]*· ([^·<]+) · \\d{4}</small>");
        assertEquals(
                HomePage.LISTED, venues.size(), "each listed article of the first page has its journal: " + byJournal);
        assertEquals(venues.stream().sorted().toList(), venues, "by journal: " + venues);
        assertTrue(venues.stream().distinct().count() > 1, "more than one journal on a page of fifty: " + venues);
        assertTrue(
                byJournal.replace("&#61;", "=").replace("&amp;", "&").contains("href=\"/?page=2&order=journal\""),
                byJournal);
        assertTrue(first.replace("&#61;", "=").contains("href=\"/?order=journal\">by journal</a>"), first);
        for (String bad : List.of("?page=0", "?page=x", "?order=random")) {
            assertEquals(400, Http.get(server.root() + bad, "text/html").statusCode(), bad);
        }
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String page(String uri) throws Exception {
        var response = Http.get(server.root() + uri.substring("http://localhost:3030/".length()), "text/html");
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static JsonNode first(String query) throws Exception {
        String body = Http.query(server.endpoint(), PREFIXES + query, "application/sparql-results+json")
                .body();
        return new ObjectMapper().readTree(body).at("/results/bindings/0");
    }

    private static long count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
