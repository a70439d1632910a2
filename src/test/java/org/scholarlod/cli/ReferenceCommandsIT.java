package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.testing.RequiredTool;

/** parse-references, evaluate-references and train-reference-parser, run as a user runs them. */
class ReferenceCommandsIT {
    static final String PORTER =
            "Porter, M. E. (1998). Clusters and the new economics of competition. Harvard Business "
                    + "Review, 76(6), 77–90.";
    static final String COLLMAN = "J. P. Collman, J. I. Brauman. J. Am. Chem. Soc. 103, 2450 (1981).";

    @TempDir
    Path dir;

    @Test
    void parseReferences_cslJsonOneItemPerLineInOrderWithNulls() throws IOException {
        String repeated = "———. J. Am. Chem. Soc. 104, 17 (1982).";
        Path lines = Files.writeString(dir.resolve("refs.txt"), PORTER + "\n\n" + COLLMAN + "\n" + repeated + "\n");
        CommandRun run = CommandRun.of("parse-references", lines.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode items = new ObjectMapper().readTree(run.out());
        assertEquals(4, items.size());
        assertEquals(
                items.get(2).get("author"),
                items.get(3).get("author"),
                items.get(3).toString());
        assertEquals("article-journal", items.get(0).get("type").asText());
        assertEquals(
                "Harvard Business Review", items.get(0).get("container-title").asText());
        assertTrue(items.get(1).isNull());
        assertEquals("103", items.get(2).get("volume").asText(), items.get(2).toString());
        assertEquals(1981, items.get(2).at("/issued/date-parts/0/0").asInt());
    }

    @Test
    void parseReferences_jsonInputKeepsNewlinesInsideAReference() throws IOException {
        Path json = Files.writeString(dir.resolve("refs.json"), new ObjectMapper().writeValueAsString(new String[] {
                    PORTER.replace(" Harvard", "\nHarvard"), COLLMAN
                }));
        CommandRun run = CommandRun.of("parse-references", json.toString(), "--input", "json");
        JsonNode items = new ObjectMapper().readTree(run.out());
        assertEquals(2, items.size());
        assertEquals("76", items.get(0).get("volume").asText());
    }

    @Test
    void parseReferences_bibtexRisAndTurtle() throws IOException {
        Path lines = Files.writeString(dir.resolve("refs.txt"), PORTER + "\n");
        String bibtex = CommandRun.of("parse-references", lines.toString(), "-f", "bibtex")
                .out();
        assertTrue(bibtex.startsWith("@article{porter1998,"), bibtex);
        assertTrue(bibtex.contains("pages = {77--90}"), bibtex);
        String ris =
                CommandRun.of("parse-references", lines.toString(), "-f", "ris").out();
        assertTrue(ris.startsWith("TY  - JOUR\nAU  - Porter, M. E.\n"), ris);
        assertTrue(ris.contains("ER  - "), ris);
        String turtle = CommandRun.of("parse-references", lines.toString(), "-f", "turtle")
                .out();
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
        assertTrue(turtle.contains("fabio:JournalArticle"), turtle);
    }

    @Test
    void parseReferences_badInput() throws IOException {
        Path notAnArray = Files.writeString(dir.resolve("refs.json"), "{\"a\": 1}");
        CommandRun run = CommandRun.of("parse-references", notAnArray.toString(), "--input", "json");
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals(
                "scholarlod parse-references: " + notAnArray + ": expected a JSON array of reference strings",
                run.err().strip());
        CommandRun format = CommandRun.of("parse-references", notAnArray.toString(), "-f", "xml");
        assertEquals(ExitCode.USAGE, format.code());
        assertTrue(format.oneLineError(), format.err());
    }

    /** The bundled model is what the committed command makes from the corpus: reproducible, byte for byte. */
    @Test
    void trainReferenceParser_reproducesTheBundledModel() throws IOException {
        RequiredTool.GROBID_CORPUS.require();
        RequiredTool.GROBID_NAME_CORPUS.require();
        Path model = dir.resolve("model.txt.gz");
        Path names = dir.resolve("names.txt.gz");
        CommandRun run =
                CommandRun.of("train-reference-parser", "-o", model.toString(), "--name-model", names.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("dev split: "), run.out());
        assertArrayEquals(unzip(Path.of("src/main/resources/refparse/reference-model.txt.gz")), unzip(model));
        assertArrayEquals(unzip(Path.of("src/main/resources/refparse/name-model.txt.gz")), unzip(names));
    }

    @Test
    void evaluateReferences_printsPerFieldTables() {
        RequiredTool.GROBID_CORPUS.require();
        CommandRun run = CommandRun.of("evaluate-references", "--set", "dev");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Exact matching") && run.out().contains("Soft matching"), run.out());
        assertTrue(run.out().contains("all (micro)"), run.out());
        CommandRun styles = CommandRun.of("evaluate-references", "--set", "styles");
        assertEquals(0, styles.code(), styles.err());
        assertTrue(styles.out().contains("from 10 styles"), styles.out());
        assertTrue(styles.out().contains("springer-lecture-notes-in-computer-science"), styles.out());
        assertTrue(styles.out().contains("\ntype "), styles.out());
        CommandRun unknown = CommandRun.of("evaluate-references", "--set", "nonsense");
        assertEquals(ExitCode.USAGE, unknown.code());
    }

    @Test
    void evaluateReferences_jatsScoresOnlyCompletelyTaggedCitationsOneRowPerPath() {
        String fixture = "src/test/resources/jats/citations.xml";
        CommandRun run = CommandRun.of("evaluate-references", "--jats", fixture, "src/test/resources/jats");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\n" + fixture + " "), run.out());
        assertTrue(run.out().contains("\nsrc/test/resources/jats "), run.out());
        assertTrue(run.out().contains("\nauthor "), run.out());
        CommandRun one = CommandRun.of("evaluate-references", "--jats", fixture);
        assertTrue(
                one.out().contains("24 mixed citations read, 13 scored; 11 left out as not completely tagged."),
                one.out());
        CommandRun missing = CommandRun.of(
                "evaluate-references", "--jats", dir.resolve("none.xml").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("none.xml: no such file or folder"), missing.err());
    }

    @Test
    void evaluateReferences_gluttonScoresTheFieldsEachPairGives() throws IOException {
        CommandRun run =
                CommandRun.of("evaluate-references", "--glutton", "src/test/resources/refparse/glutton-pairs.json");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("--glutton: 4 references from 1 file "), run.out());
        assertTrue(run.out().contains("\nfirst-author          1.0000    1.0000    1.0000        3\n"), run.out());
        assertTrue(run.out().contains("\nall (micro)           1.0000    1.0000    1.0000       19\n"), run.out());
        assertTrue(
                run.out()
                        .contains(
                                "\nlayout                                             exact f1    soft f1     refs\n"),
                run.out());
        assertTrue(
                run.out()
                        .contains(
                                "\nyear;volume:pages: Vancouver                         1.0000     1.0000        2\n"),
                run.out());
        assertTrue(
                run.out()
                        .contains(
                                "\nyear, volume:pages: BMC                              1.0000     1.0000        2\n"),
                run.out());
        Path object = dir.resolve("object.json");
        Files.writeString(object, "{\"reference\": \"Mitka M: Tensions Remain Over tPA for Stroke.\"}");
        CommandRun notArray = CommandRun.of("evaluate-references", "--glutton", object.toString());
        assertEquals(ExitCode.BAD_INPUT, notArray.code());
        assertTrue(notArray.err().contains("object.json: not a JSON array of paired references"), notArray.err());
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, "[\n{\"reference\": \"Mitka M\",\n");
        CommandRun truncated = CommandRun.of("evaluate-references", "--glutton", cut.toString());
        assertEquals(ExitCode.BAD_INPUT, truncated.code());
        assertTrue(truncated.err().contains("cut.json: line 3, column 1: not valid JSON"), truncated.err());
    }

    private static byte[] unzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
