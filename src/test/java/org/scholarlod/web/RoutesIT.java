package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of the site, the unknown paths among them, answers the methods alike: HEAD as GET without the body,
 * OPTIONS naming what the route has, TRACE and writes refused with 405 naming it; and what carries a validator
 * answers a conditional request with 304.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutesIT {
    private static final String ARTICLE = "id/article/10.1007/s10551-014-2373-7";
    /** A path of each route; the dumps' HEAD is checked apart, as it declares no length. */
    private static final List<String> ROUTES = List.of(
            "",
            "?order=title",
            "search?q=value+chains",
            ARTICLE,
            ARTICLE + ".ttl",
            ARTICLE + "/references.bib",
            ".well-known/void",
            "context.jsonld",
            "assets/home.js",
            "favicon.ico",
            "no/such/page",
            "id/no-such-thing",
            "dump/no-such-dump.gz");

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

    @Test
    void head_answersAsGetWithoutTheBody() throws Exception {
        for (String path : ROUTES) {
            HttpResponse<String> get = server.send("GET", path, null, null);
            HttpResponse<String> head = server.send("HEAD", path, null, null);
            assertEquals(get.statusCode(), head.statusCode(), path);
            for (String name : List.of("Content-Type", "Content-Length", "ETag", "Cache-Control", "Link")) {
                assertEquals(get.headers().firstValue(name), head.headers().firstValue(name), path + " " + name);
            }
            assertEquals("", head.body(), path);
        }
        HttpResponse<String> dump = server.send("HEAD", "dump/scholarlod.nq.gz", null, null);
        assertEquals(200, dump.statusCode());
        assertEquals(
                "application/gzip", dump.headers().firstValue("Content-Type").orElse(""));
        assertEquals("", dump.body());
    }

    @Test
    void traceAndWrites_are405NamingTheMethodsTheRouteHas() throws Exception {
        for (String path : ROUTES) {
            for (String method : List.of("TRACE", "PUT", "POST", "DELETE")) {
                HttpResponse<String> response = server.send(method, path, "X-Probe", "echo-me");
                assertEquals(405, response.statusCode(), method + " " + path);
                assertEquals(Route.ALLOW, response.headers().firstValue("Allow").orElse(""), method + " " + path);
                assertFalse(response.body().contains("echo-me"), "not echoed: " + method + " " + path);
            }
        }
    }

    @Test
    void options_namesTheMethodsTheRouteHas() throws Exception {
        for (String path : ROUTES) {
            HttpResponse<String> response = server.send("OPTIONS", path, null, null);
            assertEquals(204, response.statusCode(), path);
            assertEquals(Route.ALLOW, response.headers().firstValue("Allow").orElse(""), path);
        }
        assertEquals(
                SparqlRoute.ALLOW,
                server.send("OPTIONS", "sparql", null, null)
                        .headers()
                        .firstValue("Allow")
                        .orElse(""));
    }

    @Test
    void conditionalGet_ofWhatCarriesAValidator_is304() throws Exception {
        for (String path :
                List.of("", ARTICLE, ARTICLE + ".ttl", ".well-known/void", "context.jsonld", "assets/home.js")) {
            HttpResponse<String> first = server.send("GET", path, null, null);
            String etag = first.headers().firstValue("ETag").orElse(null);
            assertTrue(etag != null && etag.startsWith("\""), "a strong validator on " + path);
            assertTrue(first.headers().firstValue("Cache-Control").orElse("").startsWith("public, max-age="), path);
            HttpResponse<String> again = server.send("GET", path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body(), path);
            assertEquals(
                    200, server.send("GET", path, "If-None-Match", "\"other\"").statusCode(), path);
        }
    }

    @Test
    void negotiatedAnswers_varyByAcceptAndKeepTheCorsVary() throws Exception {
        HttpResponse<String> response = server.send("GET", ARTICLE, "Origin", "http://example.org");
        List<String> vary = response.headers().allValues("Vary");
        assertTrue(String.join(",", vary).contains("Accept"), vary.toString());
        assertTrue(String.join(",", vary).contains("Origin"), vary.toString());
    }
}
