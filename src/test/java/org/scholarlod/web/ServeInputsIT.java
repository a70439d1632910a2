package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scholarlod serve INPUT…}: inputs are loaded first, and a store that holds articles gets no seed. */
class ServeInputsIT {
    @Test
    void serve_loadsInputsInsteadOfTheSeed(@TempDir Path dir) throws Exception {
        try (ServerProcess server = ServerProcess.start("--db", dir.resolve("tdb2").toString(),
                "src/test/resources/pages/newer-layout.txt")) {
            assertTrue(server.output().stream().anyMatch(l -> l.startsWith("ScholarLOD is serving 1 article(s)")),
                    server.output().toString());
            String body = Http.query(server.endpoint(), "SELECT ?t WHERE { ?a <http://purl.org/dc/terms/title> ?t }",
                    "text/csv").body();
            assertTrue(body.contains("Mapping Open Citation Data for Small Publishers"), body);
            assertTrue(!body.contains("Economic and Social Upgrading"), body);
        }
    }

    @Test
    void serve_portInUseIsOneLineError(@TempDir Path dir) throws Exception {
        try (ServerProcess first = ServerProcess.start("--db", dir.resolve("a").toString())) {
            String port = first.endpoint().replaceAll(".*:(\\d+)/sparql", "$1");
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", ServerProcess.jar().toString(), "serve", "--port", port, "--db", dir.resolve("b").toString())
                    .redirectErrorStream(true).start();
            String output = new String(second.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(4, second.waitFor());
            assertTrue(output.strip().startsWith("scholarlod serve: cannot start the server on port " + port), output);
            assertEquals(1, output.strip().lines().count(), output);
        }
    }
}
