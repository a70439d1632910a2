package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.testing.AppJar;

/**
 * A store whose files were truncated or overwritten behind TDB2's back is refused when opened (serve, query), in
 * one line with exit code 4, instead of answering 500s once a request reads the damaged part.
 */
class DamagedStoreIT {
    @Test
    void serve_truncatedNodeTable(@TempDir Path dir) throws Exception {
        Path db = loaded(dir);
        Path nodes = db.resolve("Data-0001/nodes-data.obj");
        long committed = Files.size(nodes);
        truncate(nodes, committed / 2);
        String[] lines = serve(db);
        assertEquals(1, lines.length, String.join("\n", lines));
        assertEquals(
                "scholarlod serve: " + db + ": the store is damaged: Data-0001/nodes-data.obj holds "
                        + committed / 2 + " bytes where " + committed
                        + " were committed (truncated?); restore the folder "
                        + "from a backup or rebuild it with scholarlod load",
                lines[0]);
    }

    @Test
    void query_truncatedIndex(@TempDir Path dir) throws Exception {
        Path db = loaded(dir);
        // A whole number of blocks, which TDB2 itself does not notice when it opens the index.
        truncate(db.resolve("Data-0001/GSPO.dat"), 8192);
        CommandRun run = CommandRun.of("query", "--db", db.toString(), "ASK { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(ExitCode.STORE_OR_SERVER, run.code(), run.err());
        assertTrue(
                run.err()
                        .startsWith("scholarlod query: " + db + ": the store is damaged: Data-0001/GSPO.dat "
                                + "holds 8192 bytes where "),
                run.err());
    }

    @Test
    void query_overwrittenNodeTable(@TempDir Path dir) throws Exception {
        Path db = loaded(dir);
        try (RandomAccessFile file =
                new RandomAccessFile(db.resolve("Data-0001/nodes-data.obj").toFile(), "rw")) {
            file.write(new byte[4096]);
        }
        CommandRun run = CommandRun.of("query", "--db", db.toString(), "ASK { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(ExitCode.STORE_OR_SERVER, run.code(), run.err());
        assertTrue(run.err().contains(db + ": the store is damaged: its first quads cannot be read: "), run.err());
    }

    private static Path loaded(Path dir) {
        Path db = dir.resolve("tdb2");
        assertEquals(
                0,
                CommandRun.of("load", "--db", db.toString(), StoreCommandsIT.SEED)
                        .code());
        return db;
    }

    private static void truncate(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }

    /** The lines serve writes before it exits; fails if it starts serving instead. */
    private static String[] serve(Path db) throws Exception {
        Process serve = new ProcessBuilder(
                        AppJar.java(), "-jar", AppJar.path().toString(), "serve", "--db", db.toString(), "--port", "0")
                .redirectErrorStream(true)
                .start();
        if (!serve.waitFor(60, TimeUnit.SECONDS)) {
            serve.destroyForcibly();
            throw new AssertionError("serve started on a damaged store");
        }
        assertEquals(ExitCode.STORE_OR_SERVER, serve.exitValue());
        return new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .strip()
                .split("\n");
    }
}
