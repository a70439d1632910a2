package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runaway query at the public endpoint is stopped at the limit, answered 503, and stops using the processor. */
class QueryTimeoutIT {
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @Test
    void serve_runawayQueryIsStoppedAtTheLimitAndTheServerIdles(@TempDir Path dir) throws Exception {
        try (ServerProcess server = ServerProcess.start("--db", dir.resolve("tdb2").toString(), "--timeout", "2")) {
            long start = System.nanoTime();
            var answer = Http.query(server.endpoint(), RUNAWAY, "application/sparql-results+json");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(503, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("Query timed out"), answer.body());
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "answered after " + took);

            Duration before = server.cpu();
            Thread.sleep(3000);
            Duration used = server.cpu().minus(before);
            assertTrue(used.compareTo(Duration.ofMillis(1000)) < 0,
                    "the server used " + used + " of processor time in the 3 s after the timeout: the query still runs");
            assertEquals(200, Http.query(server.endpoint(), "ASK {}", "application/sparql-results+json").statusCode(),
                    "and still answers");
        }
    }

    @Test
    void serve_requestMayAskForLessThanTheLimit(@TempDir Path dir) throws Exception {
        try (ServerProcess server = ServerProcess.start("--db", dir.resolve("tdb2").toString())) {
            long start = System.nanoTime();
            var answer = Http.get(server.endpoint() + "?timeout=1&query=" + Http.encode(RUNAWAY),
                    "application/sparql-results+json");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(503, answer.statusCode(), answer.body());
            assertTrue(took.compareTo(Duration.ofSeconds(ServerSettings.QUERY_TIMEOUT.toSeconds())) < 0,
                    "the request's one second was not honoured: answered after " + took);
        }
    }
}
