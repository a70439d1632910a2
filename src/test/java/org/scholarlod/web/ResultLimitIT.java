package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --result-limit}: the endpoint answers at most that many rows, and says so when it cut a query. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultLimitIT {
    private static final int LIMIT = 5;

    @TempDir
    static Path dir;

    private ServerProcess server;

    @BeforeAll
    void start() throws Exception {
        server = ServerProcess.start("--db", dir.resolve("tdb2").toString(), "--result-limit", Integer.toString(LIMIT));
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> query(String query, String accept) throws Exception {
        return server.send("GET", "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", accept);
    }

    /** Rows of a CSV answer, or lines of N-Triples, without the CSV header. */
    private static long rows(HttpResponse<String> response, boolean csv) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body().lines().filter(line -> !line.isBlank()).count() - (csv ? 1 : 0);
    }

    @Test
    void query_askingForEverything_getsTheLimitAndTheHeader() throws Exception {
        HttpResponse<String> all = query("SELECT * { ?s ?p ?o }", "text/csv");
        assertEquals(LIMIT, rows(all, true));
        assertEquals(Optional.of(Integer.toString(LIMIT)), all.headers().firstValue(RowLimitedQuery.HEADER));
        HttpResponse<String> more = query("SELECT * { ?s ?p ?o } LIMIT 1000", "text/csv");
        assertEquals(LIMIT, rows(more, true));
        assertTrue(more.headers().firstValue(RowLimitedQuery.HEADER).isPresent());
        HttpResponse<String> graph = query("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(LIMIT, rows(graph, false));
        assertTrue(graph.headers().firstValue(RowLimitedQuery.HEADER).isPresent());
    }

    @Test
    void query_withinTheLimit_isUntouched() throws Exception {
        HttpResponse<String> few = query("SELECT * { ?s ?p ?o } LIMIT 3", "text/csv");
        assertEquals(3, rows(few, true));
        assertTrue(few.headers().firstValue(RowLimitedQuery.HEADER).isEmpty());
        HttpResponse<String> count = query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
        assertTrue(
                Long.parseLong(count.body()
                                .lines()
                                .skip(1)
                                .findFirst()
                                .orElseThrow()
                                .strip())
                        > LIMIT,
                "an aggregate counts every row: " + count.body());
        HttpResponse<String> ask = query("ASK { ?s ?p ?o }", "application/sparql-results+json");
        assertTrue(ask.headers().firstValue(RowLimitedQuery.HEADER).isEmpty());
    }
}
