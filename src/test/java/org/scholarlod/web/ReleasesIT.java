package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.cli.Main;
import org.scholarlod.rdf.Dcat;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Spdx;

/**
 * Dated releases: {@code load --release} dumps the store beside it with its SHA-256 (which coreutils' sha256sum
 * checks), serve lists each as a DCAT distribution with its date, size and checksum and offers it for download,
 * and {@code --keep-releases} prunes the older ones.
 */
class ReleasesIT {
    @TempDir
    Path dir;

    private static int load(String... args) {
        return Main.execute(args, new PrintStream(new ByteArrayOutputStream()), System.err);
    }

    @Test
    void loadRelease_twoDatedReleasesListedCheckedAndPruned() throws Exception {
        String db = dir.resolve("data/tdb2").toString();
        Path releases = dir.resolve("data/releases");
        assertEquals(0, load("load", "--db", db, "-q", "--release", "src/test/resources/changes/first-load.jsonl"));
        Thread.sleep(1100);
        assertEquals(0, load("load", "--db", db, "-q", "--release", "src/test/resources/changes/second-load.jsonl"));
        List<Path> dumps;
        try (var files = Files.list(releases)) {
            dumps = files.filter(f -> f.toString().endsWith(".nq.gz")).sorted().toList();
        }
        assertEquals(2, dumps.size(), dumps.toString());
        Process check = new ProcessBuilder(
                        "sha256sum",
                        "-c",
                        dumps.get(0).getFileName() + ".sha256",
                        dumps.get(1).getFileName() + ".sha256")
                .directory(releases.toFile())
                .redirectErrorStream(true)
                .start();
        String checked = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), checked);

        try (ServerProcess server = ServerProcess.start("--db", db)) {
            Graph voidGraph = RDFParser.fromString(
                            Http.get(server.root() + ".well-known/void", "text/turtle")
                                    .body(),
                            Lang.TURTLE)
                    .toGraph();
            for (Path dump : dumps) {
                String name = dump.getFileName().toString();
                Node file = org.apache.jena.graph.NodeFactory.createURI("http://localhost:3030/releases/" + name);
                assertTrue(voidGraph.contains(Node.ANY, Dcat.distribution, file), name);
                assertTrue(voidGraph.find(file, Dct.issued, Node.ANY).hasNext(), name);
                Node checksum =
                        voidGraph.find(file, Spdx.checksum, Node.ANY).next().getObject();
                String advertised = voidGraph
                        .find(checksum, Spdx.checksumValue, Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralLexicalForm();
                HttpResponse<byte[]> download = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(server.root() + "releases/" + name))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, download.statusCode());
                assertEquals(
                        advertised,
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(download.body())));
            }
            assertEquals(
                    404,
                    Http.get(server.root() + "releases/scholarlod-1.nq.gz", "*/*")
                            .statusCode());
            String home = Http.get(server.root(), "text/html").body();
            assertTrue(home.contains("href=\"/releases/" + dumps.get(1).getFileName() + "\""), home);
        }
        assertNotEquals(
                0,
                load("load", "--db", db, "-q", "--keep-releases", "0", "src/test/resources/changes/second-load.jsonl"));
        assertEquals(
                0,
                load("load", "--db", db, "-q", "--keep-releases", "1", "src/test/resources/changes/second-load.jsonl"));
        try (var files = Files.list(releases)) {
            assertEquals(
                    List.of(dumps.get(1).getFileName() + "", dumps.get(1).getFileName() + ".sha256"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "the newest is kept");
        }
    }
}
