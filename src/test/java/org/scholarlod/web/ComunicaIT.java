package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.testing.RequiredTool;

/**
 * An independent client federates us: Comunica (on Node 22, from npm) joins our endpoint with a peer endpoint in
 * Wikidata's shape, and Comunica's link-traversal engine answers a query by following our dereferenceable URIs
 * from one article, two hops deep.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComunicaIT {
    private static final Path JS = Path.of("src/test/js");

    @TempDir
    static Path dir;

    private PeerEndpoints peers;
    private ServerProcess server;

    @BeforeAll
    void start() throws Exception {
        RequiredTool.NPM_CLIENTS.require();
        peers = new PeerEndpoints();
        server = ServerProcess.startAtOwnBase(
                "--db", dir.resolve("tdb2").toString(), "src/test/resources/federation/cited-with-dois.txt");
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        peers.close();
    }

    private JsonNode comunica(String engine, List<String> sources, String query) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                JS.resolve("node_modules/.bin/node").toString(),
                JS.resolve("node_modules/.bin/" + engine).toString()));
        command.addAll(sources);
        command.addAll(List.of("-q", query));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "comunica timed out");
        assertEquals(0, process.exitValue(), out);
        return new ObjectMapper().readTree(out);
    }

    private static Set<String> column(JsonNode rows, String variable) {
        Set<String> values = new TreeSet<>();
        rows.forEach(row -> values.add(row.get(variable).asText().replace("\"", "")));
        return values;
    }

    @Test
    void comunica_joinsOurEndpointWithAPeer() throws Exception {
        JsonNode rows = comunica(
                "comunica-sparql", List.of("sparql@" + server.endpoint(), "sparql@" + peers.endpoint("wikidata")), """
                PREFIX cito: <http://purl.org/spar/cito/>
                PREFIX datacite: <http://purl.org/spar/datacite/>
                PREFIX literal: <http://www.essepuntato.it/2010/06/literalreification/>
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                SELECT ?work ?item WHERE {
                  ?article cito:cites ?work .
                  ?work datacite:hasIdentifier ?id .
                  ?id datacite:usesIdentifierScheme datacite:doi ; literal:hasLiteralValue ?doi .
                  BIND(UCASE(?doi) AS ?wikidataDoi)
                  ?item wdt:P356 ?wikidataDoi .
                }""");
        assertEquals(
                Set.of(
                        "http://www.wikidata.org/entity/Q9001",
                        "http://www.wikidata.org/entity/Q9002",
                        "http://www.wikidata.org/entity/Q9003"),
                column(rows, "item"));
    }

    @Test
    void linkTraversal_followsOurUris() throws Exception {
        String article = server.root() + "id/article/10.1007/s11192-021-03890-1";
        JsonNode rows = comunica("comunica-sparql-link-traversal", List.of(article), """
                PREFIX cito: <http://purl.org/spar/cito/>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                SELECT DISTINCT ?family WHERE { <%s> cito:cites ?work . ?work dcterms:creator ?author .
                  ?author foaf:familyName ?family }""".formatted(article));
        assertEquals(Set.of("Aria", "Cuccurullo", "Heibi", "Peroni", "Shotton", "Wilkinson"), column(rows, "family"));
    }
}
