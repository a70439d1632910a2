package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.testing.AppJar;

/**
 * A load that fills its device: on a 12 MB tmpfs (mounted in a mount namespace of its own with {@code unshare},
 * so the test needs neither root nor a real disk) the store holding the seed is given a 300-article catalogue.
 * The load ends with exit 4 and one line saying there is no space, and the store exports the same quads as before.
 */
class FullDiskIT {
    private static final String SCRIPT = """
            set -u
            mount -t tmpfs -o size=12m tmpfs "$MOUNT" || exit 97
            java -jar "$JAR" load --db "$MOUNT/tdb2" "$SEED" 2>/dev/null || exit 98
            java -jar "$JAR" export --db "$MOUNT/tdb2" --format nq.gz -o "$OUT/before.nq.gz" || exit 99
            java -jar "$JAR" load --db "$MOUNT/tdb2" --no-parse-references "$OUT/catalogue.jsonl.gz" 2>"$OUT/err"
            echo $? > "$OUT/code"
            java -jar "$JAR" export --db "$MOUNT/tdb2" --format nq.gz -o "$OUT/after.nq.gz" || exit 99
            """;

    @Test
    void load_onAFullDevice(@TempDir Path dir) throws Exception {
        assertEquals(0, CommandRun.of("generate", "--articles", "300", "-o", dir.resolve("catalogue.jsonl.gz")
                .toString()).code());
        Path mount = Files.createDirectory(dir.resolve("small"));
        ProcessBuilder unshare = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                SCRIPT).redirectErrorStream(true);
        unshare.environment().putAll(java.util.Map.of("MOUNT", mount.toString(), "JAR", AppJar.path().toString(),
                "SEED", StoreCommandsIT.SEED, "OUT", dir.toString(),
                "PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH")));
        Process process = unshare.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the loads did not finish");
        assertTrue(process.exitValue() != 97, "cannot mount a tmpfs in a namespace of our own: this test needs "
                + "unshare (util-linux) and user namespaces (root, or kernel.unprivileged_userns_clone=1): " + output);
        assertEquals(0, process.exitValue(), output);

        assertEquals("4", Files.readString(dir.resolve("code")).strip(), "exit code");
        List<String> err = Files.readAllLines(dir.resolve("err"));
        assertEquals(1, err.size(), String.join("\n", err));
        assertTrue(err.get(0).startsWith("scholarlod: no space left on device") || err.get(0)
                .startsWith("scholarlod load: no space left on device"), err.get(0));
        assertEquals(sortedQuads(dir.resolve("before.nq.gz")), sortedQuads(dir.resolve("after.nq.gz")),
                "the store holds what it held before the load");
    }

    private static List<String> sortedQuads(Path dump) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            List<String> quads = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().sorted().toList();
            assertTrue(quads.size() > 1000, "the seed's quads: " + quads.size());
            return quads;
        }
    }
}
