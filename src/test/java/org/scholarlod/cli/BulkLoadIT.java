package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * A bulk pipeline on a generated catalogue: load it whole; load it again in a separate process killed with
 * SIGKILL after its first commit, then resume; both stores must hold the same quads.
 */
class BulkLoadIT {
    private static final int ARTICLES = 1_500;
    private static final Duration LIMIT = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    private static Set<Quad> quads(Path db) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> store.dataset().stream().filter(q -> !q.isDefaultGraph())
                    .collect(Collectors.toSet()));
        }
    }

    @Test
    void load_killedAndResumed_reachesTheStoreOfAnUninterruptedLoad() throws Exception {
        Path catalogue = dir.resolve("catalogue.jsonl.gz");
        assertEquals(0, CommandRun.of("generate", "--articles", String.valueOf(ARTICLES), "--seed", "7", "-o",
                catalogue.toString()).code());
        Path whole = dir.resolve("whole");
        CommandRun uninterrupted = CommandRun.of("load", "--db", whole.toString(), catalogue.toString(),
                "--no-parse-references", "-q");
        assertEquals(0, uninterrupted.code(), uninterrupted.err());
        assertTrue(uninterrupted.err().contains("loaded 1,500 articles"), uninterrupted.err());

        Path resumed = dir.resolve("resumed");
        Process load = new ProcessBuilder("java", "-Xmx512m", "-jar", jar().toString(), "load", "--db",
                resumed.toString(), catalogue.toString(), "--no-parse-references", "-q")
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        Path progress = resumed.resolve("scholarlod-load.json");
        Instant deadline = Instant.now().plus(LIMIT);
        while (!(Files.exists(progress) && Files.readString(progress).contains("\"finished\":false"))) {
            assertTrue(load.isAlive(), "the load ended before its first commit: " + Files.readString(dir.resolve("killed.log")));
            assertTrue(Instant.now().isBefore(deadline), "no commit within " + LIMIT);
            Thread.sleep(50);
        }
        load.destroyForcibly();
        assertTrue(load.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.readString(progress).contains("\"finished\":false"), "killed before it finished");

        CommandRun resume = CommandRun.of("load", "--db", resumed.toString(), catalogue.toString(),
                "--no-parse-references", "-q", "--resume");
        assertEquals(0, resume.code(), resume.err());
        assertTrue(resume.err().contains("scholarlod: resuming after the "), resume.err());
        assertFalse(resume.err().contains("loaded 1,500 articles"), "the resumed load did not redo every record");
        Set<Quad> expected = quads(whole);
        assertTrue(expected.size() > ARTICLES * 500L, "a realistic catalogue: " + expected.size() + " quads");
        assertEquals(expected, quads(resumed));
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().endsWith("-app.jar")).toList();
            assertEquals(1, jars.size(), "one runnable jar in target/: " + jars);
            return jars.get(0);
        }
    }
}
