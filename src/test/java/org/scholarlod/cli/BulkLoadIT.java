package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.store.Tdb2Store;

/**
 * A bulk pipeline on a generated catalogue: load it whole into a new store (Jena's bulk loader); load it again
 * with a bulk load killed with SIGKILL part-way, which leaves no store, then again; load it in transactions in a
 * process killed after its first commit, then resume. All three stores must hold the same quads and find the
 * same words.
 */
class BulkLoadIT {
    private static final int ARTICLES = 2_000;
    private static final Duration LIMIT = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    private static Set<Quad> quads(Path db) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return Txn.calculateRead(
                    store.dataset(),
                    () -> store.dataset().stream()
                            .filter(q -> !q.isDefaultGraph())
                            .collect(Collectors.toSet()));
        }
    }

    @Test
    void load_killedAndResumed_reachesTheStoreOfAnUninterruptedLoad() throws Exception {
        Path catalogue = dir.resolve("catalogue.jsonl.gz");
        assertEquals(
                0,
                CommandRun.of(
                                "generate",
                                "--articles",
                                String.valueOf(ARTICLES),
                                "--seed",
                                "7",
                                "-o",
                                catalogue.toString())
                        .code());
        Path whole = dir.resolve("whole");
        CommandRun uninterrupted =
                CommandRun.of("load", "--db", whole.toString(), catalogue.toString(), "--no-parse-references", "-q");
        assertEquals(0, uninterrupted.code(), uninterrupted.err());
        assertTrue(uninterrupted.err().contains("loaded 2,000 articles"), uninterrupted.err());
        Set<Quad> expected = quads(whole);
        assertTrue(expected.size() > ARTICLES * 500L, "a realistic catalogue: " + expected.size() + " quads");

        Path rebuilt = dir.resolve("rebuilt");
        Process bulk = start("load", "--db", rebuilt.toString(), catalogue.toString(), "--no-parse-references", "-q");
        Instant deadline = Instant.now().plus(LIMIT);
        while (stagedBytes(rebuilt) < 4_000_000) {
            assertTrue(
                    bulk.isAlive(),
                    "the bulk load ended before it was killed: " + Files.readString(dir.resolve("killed.log")));
            assertTrue(Instant.now().isBefore(deadline), "nothing staged within " + LIMIT);
            Thread.sleep(20);
        }
        bulk.destroyForcibly();
        assertTrue(bulk.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(rebuilt), "a killed bulk load leaves no store in place");
        CommandRun again = CommandRun.of(
                "load", "--db", rebuilt.toString(), catalogue.toString(), "--no-parse-references", "-q", "--resume");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("left nothing to resume; loading from the start"), again.err());
        assertEquals(expected, quads(rebuilt));
        assertEquals(0, stagingFolders(), "the killed load's staging folder was removed");

        Path resumed = dir.resolve("resumed");
        Process load = start(
                "load",
                "--transactions",
                "--db",
                resumed.toString(),
                catalogue.toString(),
                "--no-parse-references",
                "-q");
        Path progress = resumed.resolve("scholarlod-load.json");
        deadline = Instant.now().plus(LIMIT);
        while (!(Files.exists(progress) && Files.readString(progress).contains("\"finished\":false"))) {
            assertTrue(
                    load.isAlive(),
                    "the load ended before its first commit: " + Files.readString(dir.resolve("killed.log")));
            assertTrue(Instant.now().isBefore(deadline), "no commit within " + LIMIT);
            Thread.sleep(50);
        }
        load.destroyForcibly();
        assertTrue(load.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.readString(progress).contains("\"finished\":false"), "killed before it finished");

        CommandRun resume = CommandRun.of(
                "load",
                "--transactions",
                "--db",
                resumed.toString(),
                catalogue.toString(),
                "--no-parse-references",
                "-q",
                "--resume");
        assertEquals(0, resume.code(), resume.err());
        assertTrue(resume.err().contains("scholarlod: resuming after the "), resume.err());
        assertFalse(resume.err().contains("loaded 2,000 articles"), "the resumed load did not redo every record");
        assertEquals(expected, quads(resumed));
        for (String word : List.of("climate", "Zhang", "Biology")) {
            assertEquals(
                    search(whole, word),
                    search(resumed, word),
                    "the index built after a bulk load holds what one kept in step by transactions holds: " + word);
        }
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", jar().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed.log").toFile())
                .start();
    }

    /** Bytes in the staging folders of bulk loads into {@code db}. */
    private long stagedBytes(Path db) throws IOException {
        long bytes = 0;
        try (Stream<Path> siblings = Files.list(dir)) {
            for (Path staging : siblings.filter(
                            p -> p.getFileName().toString().startsWith(db.getFileName() + ".loading-"))
                    .toList()) {
                try (Stream<Path> files = Files.walk(staging)) {
                    bytes += files.filter(Files::isRegularFile)
                            .mapToLong(p -> p.toFile().length())
                            .sum();
                } catch (java.io.UncheckedIOException e) {
                    // The folder changed while walked; count again on the next look.
                }
            }
        }
        return bytes;
    }

    private long stagingFolders() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(".loading-"))
                    .count();
        }
    }

    private static List<String> search(Path db, String word) {
        CommandRun run = CommandRun.of(
                "query",
                "--db",
                db.toString(),
                "--results",
                "csv",
                "PREFIX text: "
                        + "<http://jena.apache.org/text#> SELECT ?s ?text { (?s ?score ?text) text:query '" + word
                        + "' } "
                        + "ORDER BY ?s ?text");
        assertEquals(0, run.code(), run.err());
        List<String> rows = run.out().lines().toList();
        assertTrue(rows.size() > 2, word + " is found: " + rows);
        return rows;
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().endsWith("-app.jar"))
                    .toList();
            assertEquals(1, jars.size(), "one runnable jar in target/: " + jars);
            return jars.get(0);
        }
    }
}
