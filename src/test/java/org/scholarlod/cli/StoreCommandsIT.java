package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.store.Tdb2Store;

/** load, validate and query against a real TDB2 directory. */
class StoreCommandsIT {
    static final String SEED = ConvertCommandIT.SEED;

    @TempDir
    Path dir;

    private Set<Quad> quads(Path db) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return Txn.calculateRead(
                    store.dataset(),
                    () -> store.dataset().stream()
                            .filter(q -> !q.isDefaultGraph())
                            .collect(Collectors.toSet()));
        }
    }

    /** What a full-text query finds, through the query command. */
    private static List<String> search(Path db, String words) {
        CommandRun run = CommandRun.of(
                "query",
                "--db",
                db.toString(),
                "--results",
                "csv",
                "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s WHERE { ?s text:query '" + words
                        + "' }");
        assertEquals(0, run.code(), run.err());
        return run.out().lines().skip(1).filter(l -> !l.isBlank()).toList();
    }

    @Test
    void load_thenReloadReplacesTheGraph() {
        Path db = dir.resolve("db");
        CommandRun first = CommandRun.of("load", "--db", db.toString(), SEED);
        assertEquals(0, first.code(), first.err());
        assertEquals(
                "scholarlod: loaded 1 article into " + db + "; it holds 1 article graph",
                first.err().strip(),
                "one record's run says what it did in one line");
        Set<Quad> before = quads(db);
        assertTrue(before.size() > 900);
        CommandRun again = CommandRun.of("load", "--db", db.toString(), SEED);
        assertEquals(0, again.code(), again.err());
        assertEquals(before, quads(db));
        assertEquals(
                List.of("http://localhost:3030/id/person/joonkoo-lee"),
                search(db, "Joonkoo"),
                "reloading replaces what the full-text index holds too");
    }

    @Test
    void load_badRecordIsSkippedNamedAndCounted() throws IOException {
        Path db = dir.resolve("db");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"doi\": \"not a doi\"}");
        Path report = dir.resolve("report.jsonl");
        CommandRun run = CommandRun.of(
                "load", "--db", db.toString(), bad.toString(), ConvertCommandIT.NEWER, "--report", report.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code(), "the exit code says a record was skipped");
        assertTrue(run.err().contains("scholarlod load: " + bad + ": doi 'not a doi' is not a DOI"), run.err());
        assertTrue(run.err().contains("2 records read, 1 converted, 1 skipped"), run.err());
        assertEquals(
                List.of("http://localhost:3030/id/person/akira-tanaka"),
                search(db, "Akira"),
                "the good record after the bad one is loaded");
        String line = Files.readAllLines(report).stream()
                .filter(l -> l.contains("\"error\""))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "{\"level\":\"error\",\"file\":\"" + bad
                        + "\",\"reason\":\"doi 'not a doi' is not a DOI (10.NNNN/…)\"}",
                line);
    }

    @Test
    void load_failFastLeavesTheStoreAsItWas() throws IOException {
        Path db = dir.resolve("db");
        assertEquals(0, CommandRun.of("load", "--db", db.toString(), SEED).code());
        Set<Quad> before = quads(db);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"doi\": \"not a doi\"}");
        CommandRun run =
                CommandRun.of("load", "--db", db.toString(), "--fail-fast", ConvertCommandIT.NEWER, bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertTrue(run.oneLineError(), run.err());
        assertEquals(before, quads(db), "the batch holding the record before the bad one was abandoned");
        assertEquals(List.of(), search(db, "Akira"), "the stopped load left the index as it was");
    }

    @Test
    void load_failFastIntoANewStoreLeavesNoStore() throws IOException {
        Path db = dir.resolve("new");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"doi\": \"not a doi\"}");
        CommandRun run =
                CommandRun.of("load", "--db", db.toString(), "--fail-fast", ConvertCommandIT.NEWER, bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertTrue(run.oneLineError(), run.err());
        assertFalse(Files.exists(db), "the bulk load built nothing in place");
        try (var left = Files.list(dir)) {
            assertEquals(
                    List.of(),
                    left.filter(p -> p.getFileName().toString().startsWith("new"))
                            .toList(),
                    "and its staging folder is gone");
        }
    }

    @Test
    void load_indexesWhatItLoads() {
        Path db = dir.resolve("db");
        assertEquals(
                0,
                CommandRun.of("load", "--db", db.toString(), ConvertCommandIT.NEWER)
                        .code());
        assertEquals(
                List.of("http://localhost:3030/id/person/akira-tanaka"),
                search(db, "Akira"),
                "the search a failed load must not change finds the newer page's author once loaded");
    }

    @Test
    void load_rdfNotConformingIsRefused() throws IOException {
        Path db = dir.resolve("db");
        Path untitled = Files.writeString(dir.resolve("untitled.json"), "{\"doi\": \"10.1234/untitled\"}");
        CommandRun run = CommandRun.of("load", "--db", db.toString(), untitled.toString());
        assertEquals(ExitCode.INVALID_RDF, run.code());
        assertTrue(run.err().contains("does not conform to ontology/shapes.ttl"), run.err());
        assertEquals(Set.of(), quads(db));
    }

    @Test
    void validate_reportsConformance() throws IOException {
        CommandRun good = CommandRun.of("validate", SEED, ConvertCommandIT.NEWER);
        assertEquals(0, good.code(), good.err());
        assertTrue(good.out().contains(SEED + ": conforms"), good.out());
        Path untitled = Files.writeString(dir.resolve("untitled.json"), "{\"doi\": \"10.1234/untitled\"}");
        CommandRun bad = CommandRun.of("validate", untitled.toString());
        assertEquals(ExitCode.INVALID_RDF, bad.code());
        assertTrue(bad.out().contains("An article has exactly one non-empty title."), bad.out());
    }

    @Test
    void query_tableAndFormats() {
        Path db = dir.resolve("db");
        assertEquals(
                0,
                CommandRun.of("load", "--db", db.toString(), SEED, ConvertCommandIT.NEWER)
                        .code());
        CommandRun table = CommandRun.of(
                "query",
                "--db",
                db.toString(),
                "SELECT (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?g foaf:primaryTopic ?a . ?a a fabio:JournalArticle } }");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("| 2 "), table.out());
        CommandRun csv = CommandRun.of(
                "query",
                "--db",
                db.toString(),
                "--results",
                "csv",
                "SELECT (COUNT(?w) AS ?n) WHERE { ?a cito:cites ?w ; dcterms:identifier \"10.1007/s10551-014-2373-7\" }");
        assertEquals("n\r\n95\r\n", csv.out());
        CommandRun ask = CommandRun.of("query", "--db", db.toString(), "ASK { ?p foaf:name \"Joonkoo Lee\" }");
        assertEquals("true", ask.out().strip());
    }

    @Test
    void query_syntaxErrorNamesThePlace() {
        Path db = dir.resolve("db");
        assertEquals(0, CommandRun.of("load", "--db", db.toString(), SEED).code());
        CommandRun run = CommandRun.of("query", "--db", db.toString(), "SELECT ?x WHERE {\n ?x a }");
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals(
                "scholarlod query: query: line 2, column 7: unexpected '}'",
                run.err().strip());
        CommandRun early = CommandRun.of("query", "--db", db.toString(), "SELECT ?x WHERE { ?x a ?y");
        assertEquals(
                "scholarlod query: query: line 1, column 25: the query ends too early",
                early.err().strip());
    }

    @Test
    void references_downloadFromTheStore() throws IOException {
        Path db = dir.resolve("db");
        assertEquals(0, CommandRun.of("load", "--db", db.toString(), SEED).code());
        CommandRun csl = CommandRun.of("references", "--db", db.toString(), "10.1007/s10551-014-2373-7");
        assertEquals(0, csl.code(), csl.err());
        var items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(csl.out());
        assertEquals(95, items.size());
        assertEquals(
                "How to promote clusters: Policy experiences from Latin America",
                items.get(0).get("title").asText());
        CommandRun ris = CommandRun.of(
                "references",
                "--db",
                db.toString(),
                "-f",
                "ris",
                "http://localhost:3030/id/article/10.1007/s10551-014-2373-7");
        assertEquals(95, ris.out().lines().filter(l -> l.startsWith("TY  - ")).count());
        CommandRun missing = CommandRun.of("references", "--db", db.toString(), "10.9999/none");
        assertEquals(ExitCode.BAD_INPUT, missing.code());
        assertTrue(missing.oneLineError(), missing.err());
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void query_runawayQueryStopsAtTheTimeout() {
        Path db = dir.resolve("db");
        assertEquals(0, CommandRun.of("load", "--db", db.toString(), SEED).code());
        long start = System.nanoTime();
        CommandRun run = CommandRun.of(
                "query",
                "--db",
                db.toString(),
                "--timeout",
                "1",
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(ExitCode.BAD_INPUT, run.code(), run.err());
        assertEquals(
                "scholarlod query: the query did not finish within its time limit (--timeout)",
                run.err().strip());
        assertTrue(seconds < 30, "stopped after " + seconds + " s, not at the one-second limit");
        CommandRun negative = CommandRun.of("query", "--db", db.toString(), "--timeout", "-1", "ASK {}");
        assertEquals(ExitCode.USAGE, negative.code());
        assertTrue(negative.oneLineError() && negative.err().contains("--timeout"), negative.err());
    }

    @Test
    void query_missingDatabase() {
        CommandRun run = CommandRun.of("query", "--db", dir.resolve("nothing").toString(), "ASK {}");
        assertEquals(ExitCode.STORE_OR_SERVER, run.code());
        assertEquals(
                "scholarlod query: " + dir.resolve("nothing") + ": no such database directory",
                run.err().strip());
    }

    @Test
    void rebase_badBaseIsAUsageErrorAndAnEmptyStoreHasNothingToMove(@TempDir Path dir) {
        String db = dir.resolve("tdb2").toString();
        CommandRun bad = CommandRun.of("rebase", "--db", db, "--base", "ftp://example.org/");
        assertEquals(ExitCode.USAGE, bad.code(), bad.err());
        assertTrue(bad.oneLineError(), bad.err());
        CommandRun empty = CommandRun.of("rebase", "--db", db, "--base", "http://localhost:8080/");
        assertEquals(0, empty.code(), empty.err());
        assertTrue(empty.err().contains("is empty: nothing to re-mint"), empty.err());
    }
}
