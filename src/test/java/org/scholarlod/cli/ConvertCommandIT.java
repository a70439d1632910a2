package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvertCommandIT {
    static final String SEED = "data/articles/gereffi-lee-2016";
    static final String NEWER = "src/test/resources/pages/newer-layout.txt";

    private static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(graph);
        return graph;
    }

    @ParameterizedTest
    @CsvSource({"ntriples, N-TRIPLES", "jsonld, JSON-LD", "rdfxml, RDF/XML"})
    void convert_everyTripleFormatIsTheSameGraph(String format, String langName) {
        Graph turtle = parse(CommandRun.of("convert", SEED).out(), Lang.TURTLE);
        CommandRun run = CommandRun.of("convert", SEED, "--format", format);
        assertEquals(0, run.code(), run.err());
        Graph other = parse(run.out(), org.apache.jena.riot.RDFLanguages.nameToLang(langName));
        assertTrue(turtle.size() > 900);
        assertTrue(turtle.isIsomorphicWith(other), format + " differs from turtle");
    }

    @Test
    void convert_trigKeepsEachArticlesGraphAndItsSharedParts() {
        CommandRun run = CommandRun.of("convert", SEED, NEWER, "--format", "trig");
        assertEquals(0, run.code(), run.err());
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(run.out(), Lang.TRIG).parse(dataset);
        assertEquals(2, CatalogueIT.articleGraphs(dataset));
        CatalogueIT.assertSharedPartsLinked(dataset);
        assertTrue(dataset.containsGraph(org.apache.jena.graph.NodeFactory.createURI(
                "http://localhost:3030/graph/article/10.1007/s11192-021-03890-1")));
    }

    @Test
    void convert_baseOption() {
        CommandRun run =
                CommandRun.of("convert", SEED, "--base", "https://lod.example.org/scholarly", "-f", "ntriples");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("<https://lod.example.org/scholarly/id/article/10.1007/s10551-014-2373-7>"));
        assertFalse(run.out().contains("localhost"));
    }

    @Test
    void convert_outputFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("seed.ttl");
        CommandRun run = CommandRun.of("convert", SEED, "-o", out.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(parse(Files.readString(out, StandardCharsets.UTF_8), Lang.TURTLE)
                        .size()
                > 900);
    }

    @Test
    void convert_warnsAboutWhatThePageLacks() {
        CommandRun run = CommandRun.of("convert", SEED + "/springer-landing-page.txt");
        assertEquals(0, run.code());
        assertEquals(
                "scholarlod: warning: " + SEED + "/springer-landing-page.txt: not on the page: year, DOI, authors",
                run.err().strip());
    }

    @Test
    void convert_rdfThatLoadWouldRefuse_exitsThreeAndWritesNothing(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("untitled.json"), "{ \"doi\": \"10.1234/untitled\" }");
        Path out = dir.resolve("untitled.ttl");
        CommandRun run = CommandRun.of("convert", json.toString(), "-o", out.toString());
        assertEquals(ExitCode.INVALID_RDF, run.code(), run.err());
        assertTrue(run.oneLineError(), run.err());
        assertTrue(run.err().contains(json + ": the RDF does not conform"), run.err());
        assertFalse(Files.exists(out));

        CommandRun unchecked = CommandRun.of("convert", json.toString(), "--no-validate");
        assertEquals(0, unchecked.code(), unchecked.err());
        assertTrue(unchecked.out().contains("10.1234/untitled"), unchecked.out());
    }

    @Test
    void convert_bookChapterPage_isAChapterOfItsBook() {
        CommandRun run =
                CommandRun.of("convert", "src/test/resources/pages/shapes/chapter-newer-layout.txt", "-f", "ntriples");
        assertEquals(0, run.code(), run.err());
        Graph graph = parse(run.out(), Lang.NTRIPLES);
        String chapter = "http://localhost:3030/id/article/10.1007/978-3-030-11111-3_12";
        assertTrue(
                run.out()
                        .contains("<" + chapter + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                                + "<http://purl.org/spar/fabio/BookChapter>"),
                run.out());
        assertTrue(
                run.out()
                        .contains("<" + chapter + "> <http://purl.org/dc/terms/isPartOf> "
                                + "<http://localhost:3030/id/book/isbn-9783030111106>"),
                run.out());
        assertFalse(
                run.out()
                        .contains("<" + chapter + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                                + "<http://purl.org/spar/fabio/JournalArticle>"),
                run.out());
        assertTrue(graph.size() > 50);
    }

    @Test
    void convert_textThatIsNotALandingPage_isRefused() {
        String body = "src/test/resources/pages/not-pages/article-body.txt";
        CommandRun run = CommandRun.of("convert", body);
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertTrue(run.oneLineError(), run.err());
        assertTrue(
                run.err().startsWith("scholarlod convert: " + body + ": not a Springer Link landing page"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void convert_missingFile() {
        CommandRun run = CommandRun.of("convert", "no-such-article.txt");
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals(
                "scholarlod convert: no-such-article.txt: no such file or folder",
                run.err().strip());
    }

    @Test
    void convert_unreadablePage(@TempDir Path dir) throws IOException {
        Path pdf = Files.write(dir.resolve("article.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 0});
        CommandRun run = CommandRun.of("convert", pdf.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertTrue(run.oneLineError(), run.err());
        assertTrue(run.err().contains(pdf + ": byte 6: binary data"), run.err());
    }

    @Test
    void convert_recordNotMatchingSchema(@TempDir Path dir) throws IOException {
        Path json =
                Files.writeString(dir.resolve("article.json"), "{\n  \"doi\": \"10.1/x\",\n  \"volumes\": \"3\"\n}");
        CommandRun run = CommandRun.of("convert", json.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertTrue(run.oneLineError(), run.err());
        assertTrue(
                run.err().startsWith("scholarlod convert: " + json + ": line 3, column 3: unknown field 'volumes'"),
                run.err());
    }

    @Test
    void convert_unknownFlag() {
        CommandRun run = CommandRun.of("convert", "--colour", SEED);
        assertEquals(ExitCode.USAGE, run.code());
        assertEquals(
                "scholarlod convert: Unknown option: '--colour' (see 'scholarlod convert --help')",
                run.err().strip());
    }

    @Test
    void convert_unknownFormat() {
        CommandRun run = CommandRun.of("convert", SEED, "--format", "csv");
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.oneLineError(), run.err());
        assertTrue(run.err().contains("csv"), run.err());
    }

    @Test
    void convert_verbosePrintsStackTrace() {
        CommandRun run = CommandRun.of("convert", "--verbose", "no-such-article.txt");
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertTrue(run.err().contains("\tat org.scholarlod."), run.err());
    }

    @Test
    void help_listsCommandsAndExitCodes() {
        CommandRun run = CommandRun.of("--help");
        assertEquals(0, run.code());
        for (String word : new String[] {"convert", "validate", "load", "query", "serve", "Exit codes"}) {
            assertTrue(run.out().contains(word), word);
        }
    }
}
