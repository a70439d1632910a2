package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * And a server taking SPARQL Update there until the device is full: the update that does not fit gets 507 and is
 * not applied, the server goes on answering, and the store holds every update committed before it.
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

    private static final String SERVE_SCRIPT = """
            set -u
            mount -t tmpfs -o size=12m tmpfs "$MOUNT" || exit 97
            java -jar "$JAR" load --db "$MOUNT/tdb2" "$SEED" 2>/dev/null || exit 98
            java -jar "$JAR" serve --db "$MOUNT/tdb2" --port "$PORT" --update > "$OUT/serve.log" 2>&1 &
            echo $! > "$OUT/pid"
            wait $!
            java -jar "$JAR" export --db "$MOUNT/tdb2" --format nq.gz -o "$OUT/after.nq.gz" || exit 99
            """;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void serve_updatesOnAFullDevice(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = inNamespace(SERVE_SCRIPT, dir, "PORT", Integer.toString(port));
        URI endpoint = URI.create("http://localhost:" + port + "/sparql");
        try {
            awaitServer(endpoint, process, dir);
            HttpResponse<String> refused = null;
            for (int round = 0; round < 60 && refused == null; round++) {
                HttpResponse<String> response = CLIENT.send(
                        HttpRequest.newBuilder(endpoint)
                                .header("Content-Type", "application/sparql-update")
                                .POST(HttpRequest.BodyPublishers.ofString(insert(round)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 && response.statusCode() != 204) {
                    refused = response;
                }
            }
            assertTrue(refused != null, "12 MB never filled up");
            assertEquals(507, refused.statusCode(), refused.body());
            assertEquals(
                    "no space left on device: the update was not applied",
                    refused.body().strip());
            HttpResponse<String> count = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(endpoint + "?query="
                                    + java.net.URLEncoder.encode(
                                            "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                                            StandardCharsets.UTF_8)))
                            .header("Accept", "text/csv")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, count.statusCode(), "the server goes on answering: " + count.body());
            long served = Long.parseLong(
                    count.body().lines().skip(1).findFirst().orElseThrow().strip());
            ProcessHandle.of(Long.parseLong(Files.readString(dir.resolve("pid")).strip()))
                    .ifPresent(ProcessHandle::destroy);
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the server did not stop");
            assertEquals(0, process.exitValue(), Files.readString(dir.resolve("serve.log")));
            assertEquals(
                    served,
                    quads(dir.resolve("after.nq.gz")).size(),
                    "the store holds every update committed before the device filled up, and nothing of the refused");
        } finally {
            process.destroyForcibly();
        }
    }

    /** An INSERT DATA of about half a megabyte into a graph of its own. */
    private static String insert(int round) {
        StringBuilder data = new StringBuilder("INSERT DATA { GRAPH <http://example.org/g" + round + "> {\n");
        for (int i = 0; i < 2000; i++) {
            data.append("<http://example.org/s")
                    .append(round)
                    .append('-')
                    .append(i)
                    .append("> <http://example.org/p> \"")
                    .append("x".repeat(200))
                    .append(' ')
                    .append(i)
                    .append("\" .\n");
        }
        return data.append("} }").toString();
    }

    private static void awaitServer(URI endpoint, Process process, Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server ended: "
                        + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            try {
                CLIENT.send(HttpRequest.newBuilder(endpoint).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("the server did not start: " + Files.readString(dir.resolve("serve.log")));
    }

    private static Process inNamespace(String script, Path dir, String name, String value) throws IOException {
        Path mount = Files.createDirectory(dir.resolve("small"));
        ProcessBuilder unshare = new ProcessBuilder(
                        "unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script)
                .redirectErrorStream(true);
        unshare.environment()
                .putAll(java.util.Map.of(
                        "MOUNT",
                        mount.toString(),
                        "JAR",
                        AppJar.path().toString(),
                        "SEED",
                        StoreCommandsIT.SEED,
                        "OUT",
                        dir.toString(),
                        name,
                        value,
                        "PATH",
                        Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH")));
        return unshare.start();
    }

    @Test
    void load_onAFullDevice(@TempDir Path dir) throws Exception {
        assertEquals(
                0,
                CommandRun.of(
                                "generate",
                                "--articles",
                                "300",
                                "-o",
                                dir.resolve("catalogue.jsonl.gz").toString())
                        .code());
        Process process = inNamespace(SCRIPT, dir, "UNUSED", "");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the loads did not finish");
        assertTrue(
                process.exitValue() != 97,
                "cannot mount a tmpfs in a namespace of our own: this test needs "
                        + "unshare (util-linux) and user namespaces (root, or kernel.unprivileged_userns_clone=1): "
                        + output);
        assertEquals(0, process.exitValue(), output);

        assertEquals("4", Files.readString(dir.resolve("code")).strip(), "exit code");
        List<String> err = Files.readAllLines(dir.resolve("err"));
        assertEquals(1, err.size(), String.join("\n", err));
        assertTrue(
                err.get(0).startsWith("scholarlod: no space left on device")
                        || err.get(0).startsWith("scholarlod load: no space left on device"),
                err.get(0));
        assertEquals(
                sortedQuads(dir.resolve("before.nq.gz")),
                sortedQuads(dir.resolve("after.nq.gz")),
                "the store holds what it held before the load");
    }

    private static List<String> sortedQuads(Path dump) throws IOException {
        List<String> quads = quads(dump).stream().sorted().toList();
        assertTrue(quads.size() > 1000, "the seed's quads: " + quads.size());
        return quads;
    }

    private static List<String> quads(Path dump) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
