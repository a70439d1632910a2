package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scholarlod serve INPUT…}: inputs are loaded first, and a store that holds articles gets no seed. */
class ServeInputsIT {
    @Test
    void serve_loadsInputsInsteadOfTheSeed(@TempDir Path dir) throws Exception {
        try (ServerProcess server = ServerProcess.start(
                "--db", dir.resolve("tdb2").toString(), "src/test/resources/pages/newer-layout.txt")) {
            assertTrue(
                    server.output().stream().anyMatch(l -> l.startsWith("ScholarLOD is serving 1 article from")),
                    server.output().toString());
            String body = Http.query(
                            server.endpoint(), "SELECT ?t WHERE { ?a <http://purl.org/dc/terms/title> ?t }", "text/csv")
                    .body();
            assertTrue(body.contains("Mapping Open Citation Data for Small Publishers"), body);
            assertTrue(!body.contains("Economic and Social Upgrading"), body);
        }
    }

    @Test
    void serve_bookChapterPageAndItsBook(@TempDir Path dir) throws Exception {
        try (ServerProcess server = ServerProcess.start(
                "--db", dir.resolve("tdb2").toString(), "src/test/resources/pages/shapes/chapter-newer-layout.txt")) {
            String page = Http.get(server.root() + "id/article/10.1007/978-3-030-11111-3_12", "text/html")
                    .body();
            assertTrue(page.contains("<span>Book chapter</span>"), page);
            assertTrue(page.contains("In: Handbook of Global Value Chains, 250–325 (2019)"), page);
            var book = Http.get(server.root() + "id/book/isbn-9783030111106", "text/turtle");
            assertEquals(200, book.statusCode());
            assertTrue(book.body().contains("\"Handbook of Global Value Chains\""), book.body());
            assertTrue(book.body().contains("\"Advances in Business Ethics\""), book.body());
        }
    }

    @Test
    void serve_catalogueArticlePageSaysWhoInTheCatalogueCitesIt(@TempDir Path dir) throws Exception {
        try (ServerProcess server = ServerProcess.start(
                "--db",
                dir.resolve("tdb2").toString(),
                "src/test/resources/crossref/work-journal-article.json",
                "src/test/resources/crossref/work-list.json",
                "src/test/resources/crossref/works.jsonl",
                "src/test/resources/jats/pmc-research-article.xml")) {
            assertTrue(
                    server.output().stream().anyMatch(l -> l.startsWith("ScholarLOD is serving 7 articles from")),
                    "the journal-issue record is skipped, the others served: " + server.output());
            String cited = Http.get(server.root() + "id/article/10.5555/jbe.2019.0042", "text/html")
                    .body();
            assertTrue(cited.contains("<h2>Cited by 1 article in this catalogue, newest first</h2>"), cited);
            assertTrue(
                    cited.contains("<a href=\"/id/article/10.5555/jcdl.2021.77\">Citation joins across catalogues"
                            + " (2021)</a>"),
                    cited);
            String line1 = Http.get(server.root() + "id/article/10.5555/line.1", "text/html")
                    .body();
            assertTrue(line1.contains("Cited by 1 article"), line1);
            String uncited = Http.get(server.root() + "id/article/10.5555/line.3", "text/html")
                    .body();
            assertTrue(!uncited.contains("Cited by"), "no section for an article nobody cites");
            String jats = Http.get(server.root() + "id/article/10.5555/journal.pone.0210042", "text/html")
                    .body();
            assertTrue(jats.contains("Soil microbes and Rhizobium nodulation"), jats);
        }
    }

    @Test
    void serve_referencesGivenOnlyAsFieldsAreShownAndDownloaded(@TempDir Path dir) throws Exception {
        try (ServerProcess server = ServerProcess.start(
                "--db", dir.resolve("tdb2").toString(), "src/test/resources/crossref/work-journal-article.json")) {
            String article = server.root() + "id/article/10.5555/jbe.2019.0042";
            String page = Http.get(article, "text/html").body();
            String list = page.substring(
                    page.indexOf("<ol class=\"references\">"),
                    page.indexOf("</ol>", page.indexOf("<ol class=\"references\">")));
            // 42_CR1 has no text of its own: what it states (author, year, journal, volume, page, DOI) stands in.
            assertTrue(list.contains("Gereffi"), list);
            assertTrue(list.contains("J Bus Ethics, 133"), list);
            assertTrue(list.contains("10.1007/s10551-014-2373-7"), list);
            assertTrue(list.contains("10.5555/jbe.2018.0007"), "a DOI-only reference shows its DOI: " + list);
            assertTrue(!list.matches("(?s).*\"></a>.*"), "no reference is an empty link: " + list);
            for (String download : List.of("csl.json", "bib", "ris")) {
                var response = Http.get(article + "/references." + download, "*/*");
                assertEquals(200, response.statusCode(), download + ": " + response.body());
                assertTrue(response.body().contains("10.1007/s10551-014-2373-7"), download + ": " + response.body());
            }
        }
    }

    @Test
    void serve_dereferencesUnderTheBaseTheStoreWasMintedWith(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("tdb2");
        assertEquals(
                0,
                org.scholarlod.cli.Main.execute(
                        new String[] {
                            "load",
                            "--db",
                            db.toString(),
                            "--base",
                            "https://lod.example.org/",
                            "data/articles/gereffi-lee-2016"
                        },
                        System.out,
                        System.err));
        try (ServerProcess server = ServerProcess.startPlain(0, "--db", db.toString())) {
            var response = Http.get(server.root() + "id/article/10.1007/s10551-014-2373-7", "application/n-triples");
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("<https://lod.example.org/id/person/gary-gereffi>"), response.body());
        }
        Process mismatch = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        ServerProcess.jar().toString(),
                        "serve",
                        "--port",
                        "0",
                        "--db",
                        db.toString(),
                        "--base",
                        "http://other.example/")
                .redirectErrorStream(true)
                .start();
        String output = new String(mismatch.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, mismatch.waitFor());
        assertTrue(output.contains("was minted under https://lod.example.org/"), output);
    }

    @Test
    void serve_portInUseIsOneLineError(@TempDir Path dir) throws Exception {
        try (ServerProcess first = ServerProcess.start("--db", dir.resolve("a").toString())) {
            String port = first.endpoint().replaceAll(".*:(\\d+)/sparql", "$1");
            Process second = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            ServerProcess.jar().toString(),
                            "serve",
                            "--port",
                            port,
                            "--db",
                            dir.resolve("b").toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(second.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(4, second.waitFor());
            assertTrue(output.strip().startsWith("scholarlod serve: cannot start the server on port " + port), output);
            assertEquals(1, output.strip().lines().count(), output);
        }
    }
}
