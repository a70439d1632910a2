package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests people send a public endpoint that it must answer sanely: malformed Accept headers, unknown
 * charsets, TRACE and OPTIONS; and the security headers on what it answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestHygieneIT {
    private static final String ARTICLE = "id/article/10.1007/s10551-014-2373-7";
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path dir;

    private ServerProcess server;

    @BeforeAll
    void start() throws Exception {
        server = ServerProcess.start("--db", dir.resolve("tdb2").toString());
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String header, String value) throws Exception {
        return server.send(method, path, header, value);
    }

    @Test
    void accept_withoutAnyMediaRange_isAsIfAbsent() throws Exception {
        for (String accept : new String[] {";", ";;;,,,", ",", "q=0.5"}) {
            HttpResponse<String> response = send("GET", ARTICLE, "Accept", accept);
            assertEquals(200, response.statusCode(), "Accept: " + accept);
            assertTrue(response.body().contains("<h1>Economic and Social Upgrading"), accept);
        }
    }

    @Test
    void post_inACharsetJavaDoesNotKnow_is415WithOneLine() throws Exception {
        HttpResponse<String> response = Http.post(
                server.endpoint(), "application/x-www-form-urlencoded; charset=ebcdic", "query=ASK%7B%7D", null);
        assertEquals(415, response.statusCode());
        assertEquals(
                "unsupported charset 'ebcdic' in Content-Type (send UTF-8)",
                response.body().strip());
        assertEquals(
                200,
                Http.post(
                                server.endpoint(),
                                "application/x-www-form-urlencoded; charset=utf-8",
                                "query=ASK%7B%7D",
                                "application/sparql-results+json")
                        .statusCode());
    }

    @Test
    void contentType_thatIsNotAscii_is415NamingIt() throws Exception {
        // Written on a socket: Java's client sends '?' for what is not ASCII in a header.
        URI endpoint = URI.create(server.endpoint());
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("GET /sparql?q=x HTTP/1.1\r\nHost: localhost\r\nContent-Type: \u00e9t\u00e9\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 415 "), answer);
            // Jetty reads header bytes as Latin-1: the type comes back as two characters for each of é.
            assertTrue(
                    answer.contains("\r\n\r\nUnsupported: ") && answer.lines().count() <= 20, answer);
        }
    }

    @Test
    void fusekiErrors_echoingWhatIsNotAscii_stay4xx() throws Exception {
        HttpResponse<String> response = send("GET", "sparql?query=ASK%7B%7D&format=%C3%A9t%C3%A9", null, null);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(
                "Not recognized for SPARQL results: \u00e9t\u00e9",
                response.body().strip());
    }

    @Test
    void tooLargeRequests_get414Or431Or413NamingTheLimit() throws Exception {
        HttpResponse<String> longPath = send("GET", "id/person/" + "a".repeat(200_000), null, null);
        assertEquals(414, longPath.statusCode());
        assertEquals("request target longer than 8192 bytes", longPath.body().strip());
        assertEquals(
                404, send("GET", "id/person/" + "a".repeat(8000), null, null).statusCode(), "just under the limit");

        String longQuery = "ASK { FILTER(\"" + "x".repeat(70_000) + "\" != \"\") }";
        HttpResponse<String> byGet = Http.query(server.endpoint(), longQuery, "application/sparql-results+json");
        assertEquals(414, byGet.statusCode());
        assertEquals(
                "query string longer than 65536 bytes: send a long query by POST",
                byGet.body().strip());
        assertEquals(
                200,
                Http.post(server.endpoint(), "application/sparql-query", longQuery, "application/sparql-results+json")
                        .statusCode(),
                "the same query by POST");

        HttpResponse<String> bigHeaders = send("GET", "", "X-Padding", "p".repeat(20_000));
        assertEquals(431, bigHeaders.statusCode());
        assertEquals("request headers larger than 16 KB", bigHeaders.body().strip());
        assertEquals(200, send("GET", "", "X-Padding", "p".repeat(12_000)).statusCode(), "just under the limit");

        // Headers declaring the body, and no body: the refusal must not wait for it.
        String declared = "POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: " + 5 * 1024 * 1024 + "\r\n\r\n";
        assertTooLarge(rawExchange(declared.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * A client that sends a large body without waiting for 100 Continue reads the 413 too: the server drains what
     * it was sent rather than closing on unread data, whose reset can destroy the answer before it is read.
     */
    @Test
    void tooLargeBody_sentWhole_isAnswered413() throws Exception {
        byte[] head = ("POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                        + "Content-Length: " + 5 * 1024 * 1024 + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(head, head.length + 5 * 1024 * 1024);
        Arrays.fill(request, head.length, request.length, (byte) '#');
        for (int attempt = 0; attempt < 5; attempt++) {
            assertTooLarge(rawExchange(request));
        }
    }

    private static void assertTooLarge(String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.endsWith("\r\n\r\nrequest body larger than 4 MB\n"), answer);
    }

    /** Writes the request on a new connection and reads one answer, its body by its Content-Length. */
    private String rawExchange(byte[] request) throws Exception {
        URI endpoint = URI.create(server.endpoint());
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request);
            var in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.readUnsignedByte());
            }
            var length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
            assertTrue(length.find(), head.toString());
            byte[] body = new byte[Integer.parseInt(length.group(1))];
            in.readFully(body);
            return head + new String(body, StandardCharsets.UTF_8);
        }
    }

    @Test
    void head_ofAMissingResource_declaresTheLengthGetSends() throws Exception {
        HttpResponse<String> get = send("GET", "id/nothing/here", null, null);
        HttpResponse<String> head = send("HEAD", "id/nothing/here", null, null);
        assertEquals(404, head.statusCode());
        assertEquals(
                String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void trace_isRefusedEverywhere() throws Exception {
        for (String path : new String[] {ARTICLE, "dump/scholarlod.nt.gz", "sparql", ""}) {
            HttpResponse<String> response = send("TRACE", path, "X-Probe", "echo-me");
            assertEquals(405, response.statusCode(), path);
            assertTrue(!response.body().contains("echo-me"), "the request is not echoed: " + path);
        }
    }

    @Test
    void methodsARouteDoesNotHave_are405NamingThoseItHas() throws Exception {
        for (String method : new String[] {"PUT", "DELETE", "PATCH", "PROPFIND", "BREW", "get"}) {
            HttpResponse<String> response = send(method, ARTICLE, null, null);
            assertEquals(405, response.statusCode(), method);
            assertEquals(
                    "GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElse(""), method);
            assertEquals(
                    "method " + method + " is not allowed here; this resource allows GET, HEAD, OPTIONS",
                    response.body().strip());
        }
        assertEquals(405, send("PUT", "sparql", null, null).statusCode());
    }

    @Test
    void options_listsTheMethodsARouteHas() throws Exception {
        assertEquals(
                "GET, HEAD, OPTIONS",
                send("OPTIONS", ARTICLE, null, null)
                        .headers()
                        .firstValue("Allow")
                        .orElse(""));
        assertEquals(
                "GET, HEAD, POST, OPTIONS",
                send("OPTIONS", "sparql", null, null)
                        .headers()
                        .firstValue("Allow")
                        .orElse(""));
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(server.endpoint()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://example.org")
                .header("Access-Control-Request-Method", "POST")
                .build();
        HttpResponse<String> cors = CLIENT.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertEquals(
                "http://example.org",
                cors.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                "CORS preflights still work");
    }

    @Test
    void everyResponse_carriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"", ARTICLE, ARTICLE + ".ttl", "sparql?query=ASK%7B%7D", "no/such/page"}) {
            HttpResponse<String> response = send("GET", path, null, null);
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(""),
                    path);
            assertEquals(
                    RequestHygiene.CONTENT_SECURITY_POLICY,
                    response.headers().firstValue("Content-Security-Policy").orElse(""),
                    path);
            assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), path);
        }
        HttpResponse<String> script = send("GET", "assets/home.js", null, null);
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(!send("GET", "", null, null).body().contains("<script>"), "no inline script on the home page");
    }
}
