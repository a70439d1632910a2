package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.cli.Main;

/** With no --base, a new store is minted under the address it is served at, so that its URIs dereference there. */
class ServePortIT {
    private static final String SEED = "id/article/10.1007/s10551-014-2373-7";

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void serve_portOnNewStore_mintsUnderThatPort(@TempDir Path dir) throws Exception {
        int port = freePort();
        try (ServerProcess server =
                ServerProcess.startPlain(port, "--db", dir.resolve("tdb2").toString())) {
            String root = "http://localhost:" + port + "/";
            assertEquals(root, server.root());
            assertTrue(
                    server.output().stream().anyMatch(l -> l.endsWith("URIs under " + root)),
                    server.output().toString());
            String people = Http.query(
                            server.endpoint(),
                            "SELECT ?p WHERE { ?a <http://purl.org/dc/terms/creator> ?p } LIMIT 1",
                            "text/csv")
                    .body();
            String person = people.lines().skip(1).findFirst().orElseThrow().strip();
            assertTrue(person.startsWith(root + "id/person/"), person);
            assertEquals(200, Http.get(person, "text/turtle").statusCode());
            String jsonLd = Http.get(root + SEED, "application/ld+json").body();
            assertTrue(jsonLd.contains("\"" + root + "context.jsonld\""), jsonLd.substring(0, 300));
            assertEquals(
                    200,
                    Http.get(root + "context.jsonld", "application/ld+json").statusCode());
            assertFalse(
                    server.output().stream().anyMatch(l -> l.contains("warning")),
                    server.output().toString());
        }
    }

    @Test
    void serve_portZeroOnNewStore_mintsUnderThePortItPicked(@TempDir Path dir) throws Exception {
        try (ServerProcess server =
                ServerProcess.startPlain(0, "--db", dir.resolve("tdb2").toString())) {
            String body =
                    Http.get(server.root() + SEED, "application/n-triples").body();
            assertTrue(body.contains("<" + server.root() + SEED + ">"), body.substring(0, 200));
        }
    }

    @Test
    void serve_storeMintedForAnotherPort_warnsAndRebaseReMints(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        int first = freePort();
        try (ServerProcess server = ServerProcess.startPlain(first, "--db", db.toString())) {
            assertEquals(200, Http.get(server.root() + SEED, "text/turtle").statusCode());
        }
        int second = freePort();
        String oldBase = "http://localhost:" + first + "/";
        String newBase = "http://localhost:" + second + "/";
        try (ServerProcess server = ServerProcess.startPlain(second, "--db", db.toString())) {
            String warning = server.output().stream()
                    .filter(l -> l.contains("warning"))
                    .findFirst()
                    .orElse("");
            assertTrue(warning.contains("was minted under " + oldBase + " but is served at " + newBase), warning);
            assertTrue(warning.contains("scholarlod rebase --db " + db + " --base " + newBase), warning);
            assertEquals(200, Http.get(server.root() + SEED, "text/turtle").statusCode(), "served as today");
        }
        assertEquals(
                0,
                Main.execute(
                        new String[] {"rebase", "--db", db.toString(), "--base", newBase}, System.out, System.err));
        try (ServerProcess server = ServerProcess.startPlain(second, "--db", db.toString())) {
            assertFalse(
                    server.output().stream().anyMatch(l -> l.contains("warning")),
                    server.output().toString());
            String body =
                    Http.get(server.root() + SEED, "application/n-triples").body();
            assertTrue(body.contains("<" + newBase + "id/person/"), body.substring(0, 300));
            assertFalse(body.contains(oldBase), "nothing left under the old base");
            String hits =
                    Http.get(server.root() + "search?q=Gereffi", "text/html").body();
            assertTrue(hits.contains("href=\"/id/person/gary-gereffi\""), "search finds the re-minted URIs: " + hits);
            assertFalse(hits.contains(oldBase), "the text index follows the rebase");
        }
    }
}
