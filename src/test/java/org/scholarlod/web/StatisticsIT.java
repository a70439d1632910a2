package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.cli.Main;

/** VoID statistics are counted when a load ends and kept beside the store; a server starts from them. */
class StatisticsIT {
    private static final String CATALOGUE = "src/test/resources/crossref/work-list.json";

    private static void load(Path db, String... inputs) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[inputs.length + 3];
        args[0] = "load";
        args[1] = "--db";
        args[2] = db.toString();
        System.arraycopy(inputs, 0, args, 3, inputs.length);
        int code = Main.execute(
                args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void serve_startsFromTheStatisticsTheLoadCounted(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        load(db, CATALOGUE);
        Path file = db.resolve("scholarlod-statistics.nt");
        List<String> lines = Files.readAllLines(file);
        assertEquals("# scholarlod statistics: generation 1, base http://localhost:3030/", lines.get(0));
        assertTrue(
                lines.contains("<http://localhost:3030/.well-known/void#dataset> <http://rdfs.org/ns/void#documents> "
                        + "\"3\"^^<http://www.w3.org/2001/XMLSchema#integer> ."),
                lines.toString());
        FileTime counted = Files.getLastModifiedTime(file);
        try (ServerProcess server = ServerProcess.start("--db", db.toString())) {
            String voidDocument = Http.get(server.root() + ".well-known/void", "application/n-triples")
                    .body();
            assertTrue(voidDocument.contains("<http://rdfs.org/ns/void#documents> \"3\"^^"), voidDocument);
            assertEquals(200, Http.get(server.root(), "text/html").statusCode());
        }
        assertEquals(counted, Files.getLastModifiedTime(file), "the server did not count again");
    }

    @Test
    void serve_countsOnceAtStartWhenTheStoreChangedSince(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        load(db, CATALOGUE);
        Path file = db.resolve("scholarlod-statistics.nt");
        List<String> lines = Files.readAllLines(file);
        lines.set(0, "# scholarlod statistics: generation 0, base http://localhost:3030/");
        Files.write(file, lines);
        try (ServerProcess server = ServerProcess.start("--db", db.toString())) {
            assertTrue(Http.get(server.root() + ".well-known/void", "application/n-triples")
                    .body()
                    .contains("<http://rdfs.org/ns/void#documents> \"3\"^^"));
        }
        assertEquals(
                "# scholarlod statistics: generation 1, base http://localhost:3030/",
                Files.readAllLines(file).get(0),
                "counted again at start, and kept");
    }
}
