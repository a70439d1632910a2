package org.scholarlod.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.testing.RequiredTool;

/**
 * The repo's HAProxy configuration answers at the edge, before any replica: a body over 4 MB gets 413, a request
 * target over 64 KB 414, the replicas' monitoring paths 404, an update 403, and a client past its rate 429 with
 * Retry-After; with no replica ready, a request gets 503.
 */
class BalancerLimitsIT {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void limits_answeredByTheBalancer(@TempDir Path state) throws Exception {
        RequiredTool.HAPROXY.require();
        int port = FreePorts.range(3);
        ProcessBuilder builder = new ProcessBuilder("haproxy", "-db", "-f", "deploy/haproxy/scholarlod.cfg")
                .redirectErrorStream(true)
                .redirectOutput(state.resolve("haproxy.log").toFile());
        builder.environment()
                .putAll(Map.of(
                        "SCHOLARLOD_BIND", "127.0.0.1:" + port,
                        "SCHOLARLOD_STATS_BIND", "127.0.0.1:" + (port + 1),
                        // A replica that is not there: nothing may depend on one.
                        "SCHOLARLOD_REPLICA_1", "127.0.0.1:" + (port + 2),
                        "SCHOLARLOD_RATE_LIMIT", "10",
                        "SCHOLARLOD_STATE", state.toString()));
        Process haproxy = builder.start();
        try {
            awaitListening(port + 1);
            String base = "http://127.0.0.1:" + port;
            assertEquals(
                    404,
                    send(HttpRequest.newBuilder(URI.create(base + "/$/metrics")))
                            .statusCode());
            assertEquals(
                    403,
                    send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                                    .header("Content-Type", "application/sparql-update")
                                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")))
                            .statusCode());
            assertEquals(
                    414,
                    send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + "x".repeat(70_000))))
                            .statusCode());
            assertEquals("HTTP/1.1 413 Request Entity Too Large", declaredBody(port, 5_000_000));
            assertEquals(
                    503, send(HttpRequest.newBuilder(URI.create(base + "/"))).statusCode());
            HttpResponse<String> limited = null;
            for (int i = 0; i < 20 && limited == null; i++) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/")));
                if (response.statusCode() == 429) {
                    limited = response;
                }
            }
            assertTrue(limited != null, "no 429 after 25 requests with a limit of 10");
            assertEquals("10", limited.headers().firstValue("Retry-After").orElse(null));
        } finally {
            haproxy.destroy();
            haproxy.waitFor();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The status line answering a POST that declares a body of {@code length} bytes and sends none yet: the limit is
     * answered from the headers alone, as to a client waiting on Expect: 100-continue (Java 17's HttpClient hangs on
     * a final answer to that, so this asks over a plain socket).
     */
    private static String declaredBody(int port, int length) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                                    + "Content-Length: " + length + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private static void awaitListening(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")));
                return;
            } catch (Exception e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("HAProxy did not listen on " + port + " within 10 s");
    }
}
