package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random requests against a live server, written byte by byte on a socket so that nothing a client library
 * tidies up is spared: mutated paths and parameters of every route, junk and contradictory headers, bodies in
 * any content type and charset, unknown methods. Whatever is asked, the answer is never a 5xx. Bounded in count
 * and time; the seed ({@code -Dscholarlod.fuzzSeed}) reproduces a run.
 */
class HttpFuzzIT {
    private static final int REQUESTS = 1500;
    private static final long BUDGET_MILLIS = 120_000;
    private static final String ARTICLE = "/id/article/10.1007/s10551-014-2373-7";
    private static final List<String> PATHS = List.of(
            "/",
            "/?page=2",
            "/?order=journal",
            "/?order=title&page=1",
            "/sparql",
            "/sparql?query=ASK%7B%7D",
            "/search?q=upgrading",
            ARTICLE,
            ARTICLE + ".ttl",
            ARTICLE + ".jsonld",
            ARTICLE + ".rdf",
            ARTICLE + ".nt",
            ARTICLE + ".trig",
            ARTICLE + ".bib",
            ARTICLE + ".ris",
            ARTICLE + ".csl.json",
            ARTICLE + "/references.bib",
            ARTICLE + "/references.ris",
            ARTICLE + "/references.csl.json",
            ARTICLE + "?format=turtle",
            ARTICLE + "?page=2",
            "/graph/article/10.1007/s10551-014-2373-7",
            "/id/person/joonkoo-lee",
            "/id/journal/journal-of-business-ethics",
            "/id/journal/journal-of-business-ethics/133",
            "/dump/scholarlod.nt.gz",
            "/dump/scholarlod.nq.gz",
            "/assets/home.js",
            "/context.jsonld",
            "/.well-known/void",
            "/id/",
            "/graph/",
            "/dump/",
            "/assets/");
    private static final List<String> METHODS = List.of(
            "GET",
            "GET",
            "GET",
            "HEAD",
            "POST",
            "POST",
            "PUT",
            "DELETE",
            "OPTIONS",
            "PATCH",
            "TRACE",
            "PROPFIND",
            "BREW");
    private static final List<String> MEDIA = List.of(
            "text/html",
            "text/turtle",
            "application/ld+json",
            "application/rdf+xml",
            "application/n-triples",
            "application/sparql-results+json",
            "*/*",
            "text/*",
            "application/x-bibtex",
            "application/vnd.citationstyles.csl+json",
            "application/sparql-query",
            "application/sparql-update",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "text/plain");
    private static final List<String> JUNK = List.of(
            "",
            ";",
            ";;;,,,",
            "*/*;q=abc",
            "text/html;q=2",
            "q=0.5",
            "text/html;charset=ebcdic",
            "a/b/c",
            "\u00e9t\u00e9",
            "%00",
            "\t",
            "=",
            "\"",
            "text/html;q=0, */*;q=0",
            "x".repeat(4000),
            "text/turtle;q=0.1;q=0.9",
            "application/ld+json;profile=\"junk",
            "0",
            "-1",
            "99999999999999999999",
            "bytes=5-1",
            "W/\"x\"",
            "Thu, 99 Foo 2099",
            "null",
            "../../etc/passwd");
    private static final List<String> HEADERS = List.of(
            "Accept",
            "Accept",
            "Accept-Language",
            "Accept-Encoding",
            "Content-Type",
            "If-None-Match",
            "If-Modified-Since",
            "Range",
            "Origin",
            "Access-Control-Request-Method",
            "Cookie",
            "Referer",
            "Authorization",
            "X-Forwarded-For",
            "Transfer-Encoding");

    @TempDir
    Path dir;

    @Test
    void fuzz_noRequestGetsA5xx() throws Exception {
        long seed = Long.getLong("scholarlod.fuzzSeed", 20261205L);
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        try (ServerProcess server =
                ServerProcess.start("--db", dir.resolve("tdb2").toString())) {
            URI root = URI.create(server.root());
            long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
            for (; sent < REQUESTS && System.currentTimeMillis() < deadline; sent++) {
                byte[] request = request(random, root.getPort());
                String status = send(root.getHost(), root.getPort(), request);
                if (status == null || status.matches("HTTP/1\\.[01] 5\\d\\d.*")) {
                    failures.add((status == null ? "no answer" : status) + " to: "
                            + new String(request, StandardCharsets.ISO_8859_1)
                                    .lines()
                                    .limit(12)
                                    .toList());
                }
            }
            assertEquals(200, Http.get(server.root(), "text/html").statusCode(), "the server still answers");
        }
        assertTrue(sent >= 200, "only " + sent + " requests within the time budget");
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + sent + " requests (seed " + seed + ") got a 5xx " + "or no answer, first: "
                        + failures.subList(0, Math.min(5, failures.size())));
    }

    private static byte[] request(Random random, int port) {
        String method = pick(random, METHODS);
        StringBuilder head =
                new StringBuilder(method).append(' ').append(path(random)).append(" HTTP/1.1\r\n");
        head.append("Host: localhost:").append(port).append("\r\n");
        int headers = random.nextInt(5);
        for (int i = 0; i < headers; i++) {
            String name = pick(random, HEADERS);
            if (name.equals("Transfer-Encoding")) {
                continue;
            }
            String value = random.nextBoolean() ? pick(random, MEDIA) : pick(random, JUNK);
            if (random.nextInt(4) == 0) {
                value = value + ";charset=" + pick(random, List.of("utf-8", "ebcdic", "latin1", "x-junk", "\"\"", ""));
            }
            head.append(name)
                    .append(": ")
                    .append(value.replace("\r", "").replace("\n", ""))
                    .append("\r\n");
        }
        byte[] body = body(random, method);
        if (body.length > 0 && head.indexOf("Content-Type:") < 0) {
            head.append("Content-Type: ").append(pick(random, MEDIA)).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** A real path, mutated: a junk segment, escapes, dot segments, a parameter of any route with any value. */
    private static String path(Random random) {
        String path = pick(random, PATHS);
        switch (random.nextInt(8)) {
            case 0 ->
                path = path
                        + pick(
                                random,
                                List.of(
                                        "/",
                                        "//",
                                        "/..",
                                        "/%2e%2e/",
                                        "%",
                                        "%zz",
                                        "%00",
                                        "%C3%28",
                                        ".",
                                        ".xyz",
                                        ";jsessionid=1",
                                        "/%ff%fe",
                                        "~",
                                        "/" + "a".repeat(random.nextInt(3000))));
            case 1 ->
                path = path + (path.contains("?") ? "&" : "?")
                        + pick(
                                random,
                                List.of(
                                        "page",
                                        "format",
                                        "query",
                                        "timeout",
                                        "order",
                                        "q",
                                        "style",
                                        "update",
                                        "default-graph-uri",
                                        "named-graph-uri",
                                        "output"))
                        + "=" + encodeSome(random, pick(random, JUNK));
            case 2 -> path = path.replace("/id/", pick(random, List.of("/id//", "/ID/", "/id/%2F", "/id/..%2f")));
            case 3 ->
                path = path + "?query="
                        + encodeSome(
                                random,
                                pick(
                                        random,
                                        List.of(
                                                "SELECT",
                                                "ASK {}",
                                                "SELECT * { ?s ?p ?o } LIMIT 3",
                                                "DESCRIBE <" + ARTICLE + ">",
                                                "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2",
                                                "SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
                                                "LOAD <http://127.0.0.1:1/>",
                                                "SELECT (<urn:f>(1) AS ?x) {}",
                                                "SELECT * { ?s ?p ?o } LIMIT -1",
                                                "PREFIX : <",
                                                "\u0000")));
            default -> {}
        }
        return path;
    }

    private static byte[] body(Random random, String method) {
        if (!method.equals("POST") && !method.equals("PUT") && random.nextInt(4) != 0) {
            return new byte[0];
        }
        return switch (random.nextInt(4)) {
            case 0 ->
                ("query=" + encodeSome(random, pick(random, List.of("ASK {}", "SELECT", "%%", "\u00ff"))))
                        .getBytes(StandardCharsets.UTF_8);
            case 1 ->
                ("update=" + encodeSome(random, "INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
                        .getBytes(StandardCharsets.UTF_8);
            case 2 -> "ASK {}".getBytes(StandardCharsets.UTF_16);
            default -> {
                byte[] junk = new byte[random.nextInt(2000)];
                random.nextBytes(junk);
                yield junk;
            }
        };
    }

    /** The text percent-encoded, or sometimes raw (spaces and all), as careless clients send it. */
    private static String encodeSome(Random random, String text) {
        return random.nextInt(3) == 0
                ? text.replace(" ", "+")
                : java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The status line of the answer, or null when the server closed or stalled without one. */
    private static String send(String host, int port, byte[] request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before reading a body it refuses: read what it said.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b; (b = in.read()) != -1 && b != '\n'; ) {
                line.write(b);
            }
            String status = line.toString(StandardCharsets.ISO_8859_1).strip();
            return status.isEmpty() ? null : status;
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
