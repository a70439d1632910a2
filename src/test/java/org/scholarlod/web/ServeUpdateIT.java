package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --update}: SPARQL Update at /sparql, said so in the service description. */
class ServeUpdateIT {
    @Test
    void serve_updateAcceptsUpdates(@TempDir Path dir) throws Exception {
        try (ServerProcess server =
                ServerProcess.start("--db", dir.resolve("tdb2").toString(), "--update")) {
            var update = Http.post(
                    server.endpoint(),
                    "application/sparql-update",
                    "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }",
                    null);
            assertTrue(update.statusCode() == 200 || update.statusCode() == 204, "status " + update.statusCode());
            String answer = Http.query(
                            server.endpoint(),
                            "ASK { <urn:x:a> <urn:x:b> <urn:x:c> }",
                            "application/sparql-results+json")
                    .body();
            assertTrue(answer.contains("\"boolean\" : true"), answer);
            assertTrue(Http.get(server.endpoint(), "text/turtle").body().contains("sd:SPARQL11Update"));
        }
    }

    @Test
    void serve_whatIsDerivedFromTheStoreFollowsUpdates(@TempDir Path dir) throws Exception {
        try (ServerProcess server =
                ServerProcess.start("--db", dir.resolve("tdb2").toString(), "--update")) {
            String article = server.root() + "id/article/10.1007/s10551-014-2373-7";
            var before = Http.get(article, "text/turtle");
            String lastModified = before.headers().firstValue("Last-Modified").orElseThrow();
            String etag = before.headers().firstValue("ETag").orElseThrow();
            assertTrue(Http.get(server.root(), "text/html").body().contains("188 people"));
            Thread.sleep(1100);

            var update = Http.post(
                    server.endpoint(),
                    "application/sparql-update",
                    "INSERT DATA { GRAPH <urn:x:g> { "
                            + "<http://localhost:3030/id/person/ada-lovelace> a <http://xmlns.com/foaf/0.1/Person> . "
                            + "<http://localhost:3030/id/article/10.1007/s10551-014-2373-7> <http://purl.org/dc/terms/creator> "
                            + "<http://localhost:3030/id/person/ada-lovelace> . "
                            + "<http://localhost:3030/id/person/joonkoo-lee> <http://xmlns.com/foaf/0.1/name> \"J. Lee, renamed\" "
                            + "} }",
                    null);
            assertTrue(update.statusCode() < 300, "status " + update.statusCode());

            var after = Http.get(article, "text/turtle");
            assertTrue(after.body().contains("ada-lovelace"), "the description follows the update");
            assertTrue(
                    before.body().contains("Joonkoo Lee") && after.body().contains("J. Lee, renamed"),
                    "the labels of what it links to follow the update: " + after.body());
            assertTrue(!etag.equals(after.headers().firstValue("ETag").orElse("")), "a new ETag");
            assertTrue(
                    !lastModified.equals(
                            after.headers().firstValue("Last-Modified").orElse("")),
                    "a newer Last-Modified");
            assertTrue(Http.get(server.root(), "text/html").body().contains("189 people"), "the home page recounts");
            assertTrue(
                    Http.get(server.root() + ".well-known/void", "application/n-triples")
                            .body()
                            .contains("\"189\"^^<http://www.w3.org/2001/XMLSchema#integer>"),
                    "VoID recounts");
        }
    }

    @Test
    void serve_articlePagesFollowUpdatesOfSharedDescriptions(@TempDir Path dir) throws Exception {
        try (ServerProcess server =
                ServerProcess.start("--db", dir.resolve("tdb2").toString(), "--update")) {
            String article = server.root() + "id/article/10.1007/s10551-014-2373-7";
            String journal = "<http://localhost:3030/id/journal/journal-of-business-ethics>";
            assertTrue(Http.get(article, "text/html")
                    .body()
                    .contains("<p class=\"venue\">Journal of Business Ethics 133(1)"));

            var update = Http.post(
                    server.endpoint(),
                    "application/sparql-update",
                    "PREFIX dcterms: "
                            + "<http://purl.org/dc/terms/> DELETE { GRAPH ?g { " + journal + " dcterms:title ?t } } "
                            + "INSERT { GRAPH ?g { " + journal + " dcterms:title \"A Renamed Journal\" } } "
                            + "WHERE { GRAPH ?g { " + journal + " dcterms:title ?t } }",
                    null);
            assertTrue(update.statusCode() < 300, "status " + update.statusCode());

            assertTrue(
                    !Http.get(article, "text/turtle").body().contains("A Renamed Journal"),
                    "the journal's title is not in the article's description: the page reads it from the shared one");
            String page = Http.get(article, "text/html").body();
            assertTrue(page.contains("<p class=\"venue\">A Renamed Journal 133(1)"), page);
        }
    }

    @Test
    void serve_citedByFollowsUpdatesOfCitingArticles(@TempDir Path dir) throws Exception {
        try (ServerProcess server =
                ServerProcess.start("--db", dir.resolve("tdb2").toString(), "--update")) {
            String article = server.root() + "id/article/10.1007/s10551-014-2373-7";
            String prefixes = "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                    + "PREFIX cito: <http://purl.org/spar/cito/> ";
            var insert = Http.post(
                    server.endpoint(),
                    "application/sparql-update",
                    prefixes + "INSERT DATA { GRAPH "
                            + "<urn:x:citing> { <urn:x:citing> foaf:primaryTopic <urn:x:a> . <urn:x:a> cito:cites "
                            + "<http://localhost:3030/id/article/10.1007/s10551-014-2373-7> ; dcterms:title \"A first title\" ; dcterms:issued \"2020\" } }",
                    null);
            assertTrue(insert.statusCode() < 300, "status " + insert.statusCode());
            assertTrue(Http.get(article, "text/html").body().contains("A first title (2020)"));

            var rename = Http.post(
                    server.endpoint(),
                    "application/sparql-update",
                    prefixes + "DELETE DATA { GRAPH "
                            + "<urn:x:citing> { <urn:x:a> dcterms:title \"A first title\" } } ; INSERT DATA { GRAPH "
                            + "<urn:x:citing> { <urn:x:a> dcterms:title \"A second title\" } }",
                    null);
            assertTrue(rename.statusCode() < 300, "status " + rename.statusCode());
            String page = Http.get(article, "text/html").body();
            assertTrue(page.contains("A second title (2020)") && !page.contains("A first title"), page);
        }
    }
}
