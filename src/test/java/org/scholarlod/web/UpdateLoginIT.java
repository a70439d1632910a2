package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.testing.AppJar;
import org.scholarlod.testing.RequiredTool;

/**
 * {@code serve --update --password-file}: SPARQL Update only with a user's credentials from a file Apache's
 * htpasswd wrote, LOAD only of allowed documents (served by a peer on loopback), and an update's body capped even
 * when it declares no length. The server listens on every interface, which updates allow only with a password file.
 */
class UpdateLoginIT {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String INSERT = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }";
    private static final String ASK = "ASK { GRAPH ?g { <urn:x:a> <urn:x:b> <urn:x:c> } }";

    @TempDir
    static Path dir;

    private static HttpServer peer;
    private static ServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        RequiredTool.HTPASSWD.require();
        Path passwords = dir.resolve("users");
        Process htpasswd = new ProcessBuilder("/usr/bin/htpasswd", "-bBc", passwords.toString(), "editor", "sec ret")
                .redirectErrorStream(true)
                .start();
        assertTrue(htpasswd.waitFor(30, TimeUnit.SECONDS) && htpasswd.exitValue() == 0, "htpasswd failed");
        peer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        peer.createContext("/", exchange -> {
            byte[] turtle = ("<urn:x:" + exchange.getRequestURI().getPath().substring(1) + "> <urn:x:b> <urn:x:c> .\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/turtle");
            exchange.sendResponseHeaders(200, turtle.length);
            exchange.getResponseBody().write(turtle);
            exchange.close();
        });
        peer.start();
        server = ServerProcess.start(
                "--db",
                dir.resolve("tdb2").toString(),
                "--update",
                "--password-file",
                passwords.toString(),
                "--all-interfaces",
                "--allow-load",
                peerUrl("allowed"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        if (peer != null) {
            peer.stop(0);
        }
    }

    private static String peerUrl(String name) {
        return "http://127.0.0.1:" + peer.getAddress().getPort() + "/" + name;
    }

    private static HttpResponse<String> update(String update, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.endpoint()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean holds(String ask) throws Exception {
        return Http.query(server.endpoint(), ask, "text/csv").body().contains("true");
    }

    @Test
    void update_onlyWithAUsersCredentials() throws Exception {
        HttpResponse<String> none = update(INSERT, null, null);
        assertEquals(401, none.statusCode(), none.body());
        assertEquals(
                UpdateLogin.CHALLENGE,
                none.headers().firstValue("WWW-Authenticate").orElse(""));
        HttpResponse<String> form = Http.post(
                server.endpoint(), "application/x-www-form-urlencoded", "update=" + Http.encode(INSERT), null);
        assertEquals(401, form.statusCode(), "an update sent as a form: " + form.body());
        assertEquals(403, update(INSERT, "editor", "wrong").statusCode());
        assertEquals(403, update(INSERT, "nobody", "sec ret").statusCode());
        HttpResponse<String> garbled = CLIENT.send(
                HttpRequest.newBuilder(URI.create(server.endpoint()))
                        .header("Content-Type", "application/sparql-update")
                        .header("Authorization", "Basic %%%")
                        .POST(HttpRequest.BodyPublishers.ofString(INSERT))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, garbled.statusCode(), garbled.body());
        assertTrue(!holds(ASK), "nothing was written by the refused updates");

        assertEquals(200, Http.query(server.endpoint(), "ASK {}", "text/csv").statusCode(), "queries stay open");
        HttpResponse<String> accepted = update(INSERT, "editor", "sec ret");
        assertTrue(accepted.statusCode() < 300, accepted.statusCode() + " " + accepted.body());
        assertTrue(holds(ASK));
    }

    @Test
    void load_onlyOfAllowedDocuments() throws Exception {
        HttpResponse<String> other = update("LOAD <" + peerUrl("other") + ">", "editor", "sec ret");
        assertEquals(403, other.statusCode());
        assertTrue(
                other.body().contains("LOAD <" + peerUrl("other") + "> is not on this endpoint's allowlist"),
                other.body());
        HttpResponse<String> file = update("LOAD <file:///etc/hostname> INTO GRAPH <urn:x:file>", "editor", "sec ret");
        assertEquals(403, file.statusCode());
        assertTrue(file.body().contains("LOAD <file:///etc/hostname> is not an http(s) URL"), file.body());
        HttpResponse<String> mixed = update(INSERT + " ; LOAD <" + peerUrl("other") + ">", "editor", "sec ret");
        assertEquals(403, mixed.statusCode(), "a request with one refused LOAD changes nothing");
        assertTrue(!holds("ASK { GRAPH ?g { <urn:x:other> ?p ?o } }"));
        assertTrue(!holds("ASK { GRAPH <urn:x:file> { ?s ?p ?o } }"));

        HttpResponse<String> allowed =
                update("LOAD <" + peerUrl("allowed") + "> INTO GRAPH <urn:x:loaded>", "editor", "sec ret");
        assertTrue(allowed.statusCode() < 300, allowed.statusCode() + " " + allowed.body());
        assertTrue(holds("ASK { GRAPH <urn:x:loaded> { <urn:x:allowed> <urn:x:b> <urn:x:c> } }"));
    }

    @Test
    void update_chunkedBodyOverTheLimitIs413() throws Exception {
        StringBuilder big = new StringBuilder("INSERT DATA { GRAPH <urn:x:big> {");
        while (big.length() <= RequestLimits.BODY_LIMIT) {
            big.append(" <urn:x:s")
                    .append(big.length())
                    .append("> <urn:x:p> \"")
                    .append("x".repeat(100))
                    .append("\" .");
        }
        byte[] body = big.append(" } }").toString().getBytes(StandardCharsets.UTF_8);
        // An InputStream publisher declares no length: the body goes in chunks.
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create(server.endpoint()))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/sparql-update")
                        .header("Authorization", basic("editor", "sec ret"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains(RequestLimits.BODY_TOO_LARGE), response.body());
        assertTrue(!holds("ASK { GRAPH <urn:x:big> { ?s ?p ?o } }"));
    }

    @Test
    void serve_refusesUpdatesOpenToEveryInterface() throws Exception {
        Process serve = new ProcessBuilder(
                        AppJar.java(),
                        "-jar",
                        AppJar.path().toString(),
                        "serve",
                        "--db",
                        dir.resolve("other").toString(),
                        "--port",
                        "0",
                        "--update",
                        "--all-interfaces")
                .redirectErrorStream(true)
                .start();
        String output = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(serve.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, serve.exitValue(), output);
        assertEquals(
                "scholarlod serve: --update on every interface needs --password-file: without credentials, anyone "
                        + "who reaches the server could change the store",
                output.strip());
    }
}
