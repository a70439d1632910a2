package org.scholarlod.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Requests to one loopback port of a local deployment: the balancer's, the writer's or a replica's. */
final class Balancer {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final int port;

    Balancer(int port) {
        this.port = port;
    }

    static Balancer at(int port) {
        return new Balancer(port);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(TIMEOUT);
    }

    HttpResponse<String> get(String path, String accept, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Accept", accept);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return CLIENT.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> query(String query) throws IOException, InterruptedException {
        return get(
                "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
    }

    HttpResponse<String> postQuery(String query) throws IOException, InterruptedException {
        return CLIENT.send(
                request("/sparql")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> update(String update) throws IOException, InterruptedException {
        return CLIENT.send(
                request("/sparql")
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String replica(HttpResponse<?> response) {
        return response.headers().firstValue("X-ScholarLOD-Replica").orElse(null);
    }

    static long version(HttpResponse<?> response) {
        return Long.parseLong(response.headers()
                .firstValue("X-ScholarLOD-Store-Version")
                .orElseThrow(() -> new AssertionError("no store version in " + response.headers())));
    }

    /** Waits, within {@code bound}, until the server answers /$/ready with 200; refused connections are waited out. */
    void awaitReady(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = get("/$/ready", "text/plain");
                if (ready.statusCode() == 200) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("port " + port + " was not ready within " + bound + ": " + last);
    }

    /** Waits, within {@code bound}, until the server's store is at {@code version}. */
    void awaitVersion(long version, Duration bound) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        long seen = -1;
        while (System.nanoTime() < deadline) {
            seen = version(get("/$/ready", "text/plain"));
            if (seen == version) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("port " + port + " stayed at version " + seen + ", not " + version);
    }
}
