package org.scholarlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.cli.Main;

/** Every query in data/queries/ gives its expected answer on the seed, in a real TDB2 store. */
class ExampleQueriesIT {
    @TempDir
    static Path dir;

    private static Tdb2Store store;

    @BeforeAll
    static void load() {
        Path db = dir.resolve("tdb2");
        assertEquals(
                0,
                Main.execute(
                        new String[] {"load", "--db", db.toString(), "data/articles/gereffi-lee-2016"},
                        System.out,
                        System.err));
        store = Tdb2Store.open(db);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The rows, as text, read inside the transaction: TDB2 resolves result nodes lazily. */
    private static List<Map<String, String>> run(String file) throws IOException {
        return runText(Files.readString(Path.of("data/queries", file), StandardCharsets.UTF_8));
    }

    private static List<Map<String, String>> runText(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.create(query, DatasetFactory.wrap(store.dataset()))) {
                List<Map<String, String>> rows = new ArrayList<>();
                execution.execSelect().forEachRemaining(solution -> {
                    Map<String, String> row = new HashMap<>();
                    solution.varNames().forEachRemaining(v -> row.put(v, text(solution.get(v))));
                    rows.add(row);
                });
                return rows;
            }
        });
    }

    private static String text(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static List<String> column(List<Map<String, String>> rows, String variable) {
        return rows.stream().map(r -> r.get(variable)).toList();
    }

    @Test
    void everyQueryHasATest() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data/queries"))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rq"))
                    .sorted()
                    .toList();
            assertEquals(
                    List.of(
                            "author-affiliations.rq",
                            "cited-after-year.rq",
                            "cited-works.rq",
                            "grants.rq",
                            "journal-articles-cited.rq",
                            "keywords.rq",
                            "oc-meta-authors-by-doi.rq",
                            "oc-meta-work-by-doi.rq",
                            "reference-count.rq",
                            "retracted-works-cited.rq"),
                    names,
                    "add a test below for each new example query");
        }
    }

    @Test
    void retractedWorksCited_noneInTheSeed() throws IOException {
        // RetractionsIT runs it on a catalogue that cites a retracted work.
        assertEquals(List.of(), run("retracted-works-cited.rq"));
    }

    @Test
    void ocMetaWorkByDoi() throws IOException {
        List<Map<String, String>> rows = run("oc-meta-work-by-doi.rq");
        assertEquals(1, rows.size());
        assertEquals(
                "http://localhost:3030/id/article/10.1007/s10551-014-2373-7",
                rows.get(0).get("br"));
        assertEquals("2016", rows.get(0).get("pub_date"));
    }

    @Test
    void openCitationsClientIdentifierLookup_runsUnchanged() {
        // The shape OpenCitations clients send: identifiers as bracketed blank-node patterns, DOIs in VALUES,
        // other schemes optional.
        List<Map<String, String>> rows = runText("""
                PREFIX datacite: <http://purl.org/spar/datacite/>
                PREFIX literal: <http://www.essepuntato.it/2010/06/literalreification/>
                SELECT ?paper ?pmid ?value WHERE {
                  ?paper datacite:hasIdentifier [ datacite:usesIdentifierScheme datacite:doi ; literal:hasLiteralValue ?value ] .
                  OPTIONAL { ?paper datacite:hasIdentifier [ datacite:usesIdentifierScheme datacite:pmid ;
                                                             literal:hasLiteralValue ?pmid ] . }
                  VALUES ?value { "10.1007/s10551-014-2373-7" "10.1000/not-here" }
                }""");
        assertEquals(List.of("http://localhost:3030/id/article/10.1007/s10551-014-2373-7"), column(rows, "paper"));
    }

    @Test
    void ocMetaAuthorsByDoi() throws IOException {
        List<Map<String, String>> rows = run("oc-meta-authors-by-doi.rq");
        assertEquals(List.of("Gereffi", "Lee"), column(rows, "family"));
        assertEquals(List.of("0", "1"), column(rows, "position"));
    }

    @Test
    void authorAffiliations() throws IOException {
        List<Map<String, String>> rows = run("author-affiliations.rq");
        assertEquals(List.of("1", "1", "1", "2", "2"), column(rows, "position"));
        assertEquals(
                List.of("Gary Gereffi", "Gary Gereffi", "Gary Gereffi", "Joonkoo Lee", "Joonkoo Lee"),
                column(rows, "author"));
        assertEquals(
                List.of(
                        "Duke University",
                        "Duke University",
                        "Duke University",
                        "Hanyang University",
                        "Hanyang University"),
                column(rows, "institution"));
        assertTrue(column(rows, "organisation")
                .containsAll(List.of(
                        "Department of Sociology",
                        "Center for Globalization, Governance and Competiveness",
                        "School of Business")));
    }

    @Test
    void citedWorks() throws IOException {
        List<Map<String, String>> rows = run("cited-works.rq");
        assertEquals(95, rows.size());
        assertEquals("1", column(rows, "number").get(0));
        assertTrue(column(rows, "reference").get(94).startsWith("van Tulder, R. (2009). Chains for change."));
    }

    @Test
    void citedAfterYear() throws IOException {
        List<Map<String, String>> rows = run("cited-after-year.rq");
        assertEquals(34, rows.size());
        assertTrue(column(rows, "year").stream().allMatch(y -> Integer.parseInt(y) > 2010));
        assertEquals("2014", column(rows, "year").get(0));
        assertTrue(column(rows, "title").contains("Global value chains in a post-Washington consensus world"));
    }

    @Test
    void journalArticlesCited() throws IOException {
        List<Map<String, String>> rows = run("journal-articles-cited.rq");
        assertEquals(57, rows.size());
        assertEquals(
                8,
                column(rows, "journal").stream()
                        .filter("World Development"::equals)
                        .count());
        assertTrue(column(rows, "title").contains("The governance of global value chains"));
    }

    @Test
    void grants() throws IOException {
        List<Map<String, String>> rows = run("grants.rq");
        assertEquals(1, rows.size());
        assertEquals("HY-2012-2430", column(rows, "number").get(0));
        assertEquals("Hanyang University", column(rows, "agency").get(0));
        assertEquals("Joonkoo Lee", column(rows, "person").get(0));
    }

    @Test
    void keywords() throws IOException {
        assertEquals(
                List.of(
                        "Corporate social responsibility",
                        "Economic upgrading",
                        "Global value chains",
                        "Governance",
                        "Industrial clusters",
                        "Social upgrading"),
                column(run("keywords.rq"), "keyword"));
    }

    @Test
    void referenceCount() throws IOException {
        List<Map<String, String>> rows = run("reference-count.rq");
        assertEquals(List.of("95"), column(rows, "references"));
        assertEquals(List.of("95"), column(rows, "citedWorks"));
    }
}
