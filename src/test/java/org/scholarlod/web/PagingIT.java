package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resource with more incoming links than one page holds: an article whose 600 references all cite the same
 * work gives that work 1,201 incoming links, served 500 a page with {@code Link: rel="next"} and nothing lost.
 */
class PagingIT {
    private static final String WORK = "http://localhost:3030/id/work/porter-1998-98c5f8b6";
    private static final String REFERENCE = "Porter, M. E. (1998). Clusters and the new economics of competition. "
            + "Harvard Business Review, 76(6), 77–90.Google Scholar";

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void dereference_pagesLargeIncomingSets(@TempDir Path dir) throws Exception {
        String seed = Files.readString(Path.of("data/articles/gereffi-lee-2016/springer-landing-page.txt"));
        String references = IntStream.rangeClosed(1, 600)
                .mapToObj(n -> "  " + n + ". " + REFERENCE)
                .collect(Collectors.joining("\n"));
        String page = seed.replaceAll("(?s)\n  1\\. Altenburg.*?\n  95\\. [^\n]*", "\n" + references);
        assertTrue(page.contains("  600. Porter"));
        Path input = Files.writeString(dir.resolve("many-references.txt"), page);

        try (ServerProcess server =
                ServerProcess.start("--db", dir.resolve("tdb2").toString(), input.toString())) {
            Set<Triple> incoming = new HashSet<>();
            int pages = 0;
            String next = "id/work/porter-1998-98c5f8b6";
            while (next != null) {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(server.root() + next))
                                .header("Accept", "application/n-triples")
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, response.statusCode(), response.body());
                Graph graph = GraphFactory.createDefaultGraph();
                RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(graph);
                Set<Triple> links = graph.find(Node.ANY, Node.ANY, NodeFactory.createURI(WORK))
                        .toSet();
                pages++;
                String link = response.headers().firstValue("Link").orElse("");
                next = link.contains("rel=\"next\"") ? nextOf(link) : null;
                assertEquals(next == null ? 201 : 500, links.size(), "page " + pages);
                assertTrue(incoming.addAll(links));
                assertTrue(
                        graph.contains(NodeFactory.createURI(WORK), Node.ANY, Node.ANY),
                        "own triples on page " + pages);
                HttpResponse<String> asked = Http.query(
                        server.endpoint(),
                        ResourceDescriber.query(NodeFactory.createURI(WORK), pages),
                        "application/n-triples");
                Graph answer = GraphFactory.createDefaultGraph();
                RDFParser.fromString(asked.body(), Lang.NTRIPLES).parse(answer);
                assertTrue(answer.isIsomorphicWith(graph), "page " + pages + " is the description query's page");
            }
            assertEquals(3, pages);
            assertEquals(1201, incoming.size());
            HttpResponse<String> count =
                    Http.query(server.endpoint(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p <" + WORK + "> }", "text/csv");
            assertEquals(
                    "1201", count.body().lines().skip(1).findFirst().orElse("").strip());
        }
    }

    /** The path of the next page from a Link header: {@code </id/work/…?page=2>; rel="next"}. */
    private static String nextOf(String link) {
        for (String part : link.split(",\\s*(?=<)")) {
            if (part.contains("rel=\"next\"")) {
                return part.substring(part.indexOf('<') + 2, part.indexOf('>'));
            }
        }
        throw new AssertionError("no next link in " + link);
    }
}
