package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.rdf.Cito;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.ScholarLodVocab;

/** Crossref catalogues through convert and load: formats mixed, order kept, citations joined, bad records skipped. */
class CatalogueIT {
    private static final String BASE = "http://localhost:3030/";
    private static final String RICH = "src/test/resources/crossref/work-journal-article.json";
    private static final String LIST = "src/test/resources/crossref/work-list.json";
    private static final String LINES = "src/test/resources/crossref/works.jsonl";

    @TempDir
    Path dir;

    private static Node article(String doi) {
        return NodeFactory.createURI(BASE + "id/article/" + doi);
    }

    private static DatasetGraph nquads(String text) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(text, Lang.NQUADS).parse(dataset);
        return dataset;
    }

    static long articleGraphs(DatasetGraph dataset) {
        return dataset.stream()
                .map(q -> q.getGraph().getURI())
                .filter(g -> g.contains("/graph/article/"))
                .distinct()
                .count();
    }

    /** Every other graph is a shared description, named by an article graph of the same dataset. */
    static void assertSharedPartsLinked(DatasetGraph dataset) {
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (!g.getURI().contains("/graph/article/")) {
                assertTrue(g.getURI().startsWith(BASE + "graph/shared/"), g.getURI());
                assertTrue(dataset.contains(Node.ANY, Node.ANY, ScholarLodVocab.sharedPart, g), "nothing names " + g);
            }
        });
    }

    @Test
    void convert_catalogueSkipsTheNonWorkAndJoinsCitations() {
        CommandRun run = CommandRun.of("convert", RICH, LIST, LINES, "--format", "nquads", "--threads", "2");
        assertEquals(ExitCode.BAD_INPUT, run.code(), "the journal-issue record was skipped: " + run.err());
        assertTrue(
                run.err()
                        .contains("scholarlod convert: " + LINES + ": line 2: DOI 10.5555/line.2: type"
                                + " 'journal-issue' describes a journal issue"),
                run.err());
        assertTrue(run.err().contains("7 records read, 6 converted, 1 skipped"), run.err());
        DatasetGraph dataset = nquads(run.out());
        assertEquals(6, articleGraphs(dataset), "one article graph per converted article");
        assertSharedPartsLinked(dataset);
        Node graph = NodeFactory.createURI(BASE + "graph/article/10.5555/jcdl.2021.77");
        assertTrue(
                dataset.contains(graph, article("10.5555/jcdl.2021.77"), Cito.cites, article("10.5555/jbe.2019.0042")),
                "a proceedings paper citing a catalogue article by DOI cites that article's own URI");
        assertTrue(dataset.contains(Node.ANY, article("10.5555/line.3"), Cito.cites, article("10.5555/line.1")));
        Node plosOne = NodeFactory.createURI(BASE + "id/journal/issn-1932-6203");
        assertTrue(
                dataset.contains(
                        Node.ANY,
                        article("10.5555/line.1"),
                        Dct.isPartOf,
                        NodeFactory.createURI(plosOne.getURI() + "/14")),
                "volumes hang off the journal minted from its ISSN");
        assertTrue(dataset.contains(Node.ANY, plosOne, Dct.title, NodeFactory.createLiteralString("PLOS ONE")));
    }

    @Test
    void convert_outputIsInInputOrderWhateverTheThreads() {
        String one = CommandRun.of("convert", LIST, RICH, LINES, "--format", "nquads", "--threads", "1")
                .out();
        String four = CommandRun.of("convert", LIST, RICH, LINES, "--format", "nquads", "--threads", "4")
                .out();
        assertEquals(one, four);
        List<String> graphs = one.lines()
                .map(l -> l.substring(l.lastIndexOf(" <") + 2, l.lastIndexOf('>')))
                .filter(g -> g.contains("/graph/article/"))
                .distinct()
                .toList();
        assertEquals(
                List.of(
                        BASE + "graph/article/10.5555/978-3-030-58452-8_12",
                        BASE + "graph/article/10.5555/jcdl.2021.77",
                        BASE + "graph/article/10.5555/preprint.2024.001",
                        BASE + "graph/article/10.5555/jbe.2019.0042",
                        BASE + "graph/article/10.5555/line.1",
                        BASE + "graph/article/10.5555/line.3"),
                graphs);
    }

    @Test
    void export_streamsTheStoreInEachDumpFormat() throws IOException {
        Path db = dir.resolve("db");
        CommandRun.of("load", "--db", db.toString(), LIST, LINES, "-q");
        Path nq = dir.resolve("dump.nq.gz");
        assertEquals(
                0,
                CommandRun.of("export", "--db", db.toString(), "--format", "nq.gz", "-o", nq.toString())
                        .code());
        DatasetGraph dump = DatasetGraphFactory.createGeneral();
        try (var in = new GZIPInputStream(Files.newInputStream(nq))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dump);
        }
        assertEquals(5, articleGraphs(dump), "one graph per article, and nothing of the store's own default graph");
        assertSharedPartsLinked(dump);
        assertTrue(dump.getDefaultGraph().isEmpty());
        CommandRun ttl = CommandRun.of("export", "--db", db.toString(), "--format", "ttl");
        assertEquals(0, ttl.code(), ttl.err());
        Graph union = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.out(), Lang.TURTLE).parse(union);
        assertTrue(union.isIsomorphicWith(dump.getUnionGraph()), "Turtle is the union of the article graphs");
        CommandRun bad = CommandRun.of("export", "--db", db.toString(), "--format", "csv");
        assertEquals(ExitCode.USAGE, bad.code());
        assertTrue(bad.oneLineError() && bad.err().contains("not one of nq.gz, nt.gz, trig, ttl"), bad.err());
    }

    @Test
    void generate_jatsCatalogueConvertsWithItsCitationsJoined() throws IOException {
        Path archive = dir.resolve("jats.tgz");
        assertEquals(
                0,
                CommandRun.of(
                                "generate",
                                "--articles",
                                "40",
                                "--seed",
                                "4",
                                "--format",
                                "jats",
                                "-o",
                                archive.toString())
                        .code());
        long journalArticles = CommandRun.of("generate", "--articles", "40", "--seed", "4")
                .out()
                .lines()
                .filter(l -> l.contains("\"type\":\"journal-article\""))
                .count();
        CommandRun run = CommandRun.of("convert", archive.toString(), "--format", "nquads", "-q");
        assertEquals(0, run.code(), run.err());
        DatasetGraph dataset = nquads(run.out());
        assertEquals(journalArticles, articleGraphs(dataset), "one JATS file per journal article, each converted");
        assertTrue(
                dataset.stream()
                        .anyMatch(q -> q.getPredicate().equals(Cito.cites)
                                && q.getObject().getURI().startsWith(BASE + "id/article/10.5555/gen.4.")
                                && articleGraphs(dataset) > 0
                                && dataset.containsGraph(NodeFactory.createURI(
                                        q.getObject().getURI().replace("/id/article/", "/graph/article/")))),
                "a generated article cites another one by its own URI");
        Path folder = dir.resolve("jats-folder");
        assertEquals(
                0,
                CommandRun.of(
                                "generate",
                                "--articles",
                                "40",
                                "--seed",
                                "4",
                                "--format",
                                "jats",
                                "-o",
                                folder.toString())
                        .code());
        assertEquals(journalArticles, Files.list(folder).count());
        CommandRun stdout = CommandRun.of("generate", "--articles", "4", "--format", "jats");
        assertEquals(ExitCode.USAGE, stdout.code());
        assertTrue(
                stdout.oneLineError() && stdout.err().contains("name a folder or a .tar(.gz) with -o"), stdout.err());
    }

    @Test
    void generate_pageCatalogueConvertsToTheFactsAPageShows() throws IOException {
        Path pages = dir.resolve("pages.tar.gz");
        assertEquals(
                0,
                CommandRun.of("generate", "--articles", "30", "--seed", "5", "--format", "page", "-o", pages.toString())
                        .code());
        Path records = dir.resolve("journal-articles.jsonl");
        Files.write(
                records,
                CommandRun.of("generate", "--articles", "30", "--seed", "5")
                        .out()
                        .lines()
                        .filter(l -> l.contains("\"type\":\"journal-article\""))
                        .toList());
        CommandRun fromPages = CommandRun.of("convert", pages.toString(), "--format", "nquads", "-q");
        assertEquals(0, fromPages.code(), fromPages.err());
        CommandRun fromRecords = CommandRun.of("convert", records.toString(), "--format", "nquads", "-q");
        DatasetGraph page = nquads(fromPages.out());
        DatasetGraph record = nquads(fromRecords.out());
        assertEquals(Files.readAllLines(records).size(), articleGraphs(page), "one page per journal article");
        for (String query : new String[] {
            "SELECT ?a ?t { ?a dcterms:title ?t FILTER(CONTAINS(STR(?a), '/id/article/10.5555/gen.')) }",
            "SELECT DISTINCT ?p { ?p a foaf:Person FILTER(REGEX(STR(?p), '\\\\d{4}-\\\\d{4}-\\\\d{4}-\\\\d{3}[0-9X]')) }",
            "SELECT ?a (COUNT(?r) AS ?n) { ?a frbr:part ?r . ?r a biro:BibliographicReference } GROUP BY ?a",
            "SELECT DISTINCT ?a ?cited { ?a cito:cites ?cited FILTER(CONTAINS(STR(?cited), '/article/10.5555/gen.')) }",
            "SELECT ?a ?volume ?start ?end { ?a prism:volume ?volume ; frbr:embodiment?/prism:startingPage ?start ; "
                    + "frbr:embodiment?/prism:endingPage ?end FILTER(CONTAINS(STR(?a), '/id/article/10.5555/gen.')) }"
        }) {
            List<String> fromPage = rows(page, query);
            List<String> fromRecord = rows(record, query);
            assertTrue(!fromPage.isEmpty(), query);
            assertEquals(
                    List.of(),
                    fromRecord.stream().filter(r -> !fromPage.contains(r)).toList(),
                    "in the record but not on the page: " + query);
            assertEquals(
                    List.of(),
                    fromPage.stream().filter(r -> !fromRecord.contains(r)).toList(),
                    "on the page but not in the record: " + query);
        }
    }

    private static List<String> rows(DatasetGraph dataset, String select) {
        String prefixes = "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                + "PREFIX biro: <http://purl.org/spar/biro/> PREFIX frbr: <http://purl.org/vocab/frbr/core#> "
                + "PREFIX cito: <http://purl.org/spar/cito/> PREFIX fabio: <http://purl.org/spar/fabio/> "
                + "PREFIX prism: <http://prismstandard.org/namespaces/basic/2.0/> ";
        List<String> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.create(
                prefixes + select, DatasetFactory.wrap(dataset).getUnionModel())) {
            execution.execSelect().forEachRemaining(row -> rows.add(row.toString()));
        }
        Collections.sort(rows);
        return rows;
    }

    @Test
    void load_citationsBetweenCatalogueArticlesJoinInTheStore() throws IOException {
        Path db = dir.resolve("db");
        Path report = dir.resolve("report.jsonl");
        CommandRun load =
                CommandRun.of("load", "--db", db.toString(), RICH, LIST, LINES, "--report", report.toString());
        assertEquals(ExitCode.BAD_INPUT, load.code(), load.err());
        assertTrue(load.err().contains("loaded 6 articles into " + db + "; it holds 6 article graphs"), load.err());
        assertTrue(Files.readString(report).contains("\"doi\":\"10.5555/line.2\""), "the report names the DOI");
        CommandRun query = CommandRun.of("query", "--db", db.toString(), "--results", "csv", """
                SELECT ?citing ?cited WHERE {
                  ?citing cito:cites ?cited .
                  GRAPH ?g { ?g foaf:primaryTopic ?cited }
                } ORDER BY ?citing""");
        assertEquals(0, query.code(), query.err());
        assertEquals(
                List.of(
                        "citing,cited",
                        BASE + "id/article/10.5555/jcdl.2021.77," + BASE + "id/article/10.5555/jbe.2019.0042",
                        BASE + "id/article/10.5555/line.3," + BASE + "id/article/10.5555/line.1"),
                query.out().lines().filter(l -> !l.isBlank()).toList());
    }
}
