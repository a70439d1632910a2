package org.scholarlod.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholarlod.cli.Main;
import org.scholarlod.rdf.ScholarLodVocab;
import org.scholarlod.store.Tdb2Store;
import org.scholarlod.web.PeerEndpoints;

/**
 * {@code scholarlod link} reconciles the seed's cited works and authors against a local endpoint in each
 * profile's real shape, and its precision and recall against the hand-made gold matches
 * (src/test/resources/federation/link-gold.tsv) are printed and held to a bar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkIT {
    private static final String BASE = "http://localhost:3030/";

    @TempDir
    static Path dir;

    private PeerEndpoints peers;
    private Path db;

    @BeforeAll
    void start() {
        peers = new PeerEndpoints();
        db = dir.resolve("tdb2");
        assertEquals(
                0,
                Main.execute(
                        new String[] {"load", "--db", db.toString(), "data/articles/gereffi-lee-2016"},
                        System.out,
                        System.err));
    }

    @AfterAll
    void stop() {
        peers.close();
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wikidata", "opencitations"})
    void link_matchesWithMeasuredPrecisionAndRecall(String profile) throws Exception {
        String endpoint = peers.endpoint(profile.equals("wikidata") ? "wikidata" : "meta");
        String report = run("link", "--db", db.toString(), "--profile", profile, "--endpoint", endpoint);
        assertTrue(report.startsWith("Linked "), report);

        Set<String> gold = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/federation/link-gold.tsv"))) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f[0].equals(profile)) {
                gold.add(BASE + f[1] + " " + f[2]);
            }
        }
        Set<String> found = new HashSet<>();
        Node graphName = NodeFactory.createURI(BASE + "graph/link/" + profile);
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Txn.executeRead(store.dataset(), () -> {
                Graph links = store.dataset().getGraph(graphName);
                links.find(Node.ANY, ScholarLodVocab.matchSubject, Node.ANY).forEachRemaining(t -> {
                    Node ours = t.getObject();
                    Node theirs = links.find(t.getSubject(), ScholarLodVocab.matchObject, Node.ANY)
                            .next()
                            .getObject();
                    assertTrue(links.contains(ours, OWL.sameAs.asNode(), theirs), "each match is asserted: " + ours);
                    assertTrue(links.contains(t.getSubject(), ScholarLodVocab.matchScore, Node.ANY), "and scored");
                    found.add(ours.getURI() + " " + theirs.getURI());
                });
            });
        }
        for (String kind : List.of("work", "person")) {
            Set<String> ours = subset(found, kind);
            Set<String> truth = subset(gold, kind);
            Set<String> right = new HashSet<>(ours);
            right.retainAll(truth);
            double precision = ours.isEmpty() ? 1 : (double) right.size() / ours.size();
            double recall = (double) right.size() / truth.size();
            System.out.printf(
                    "link --profile %s, %s: %d accepted, %d right, %d true: precision %.3f, recall %.3f%n",
                    profile, kind, ours.size(), right.size(), truth.size(), precision, recall);
            assertTrue(precision >= 0.95, kind + " precision " + precision + ": wrong " + minus(ours, truth));
            assertTrue(recall >= 0.8, kind + " recall " + recall + ": missed " + minus(truth, ours));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wikidata"})
    void link_recordsProvenanceAndCanBeUndone(String profile) {
        run("link", "--db", db.toString(), "--profile", profile, "--endpoint", peers.endpoint("wikidata"));
        Node graphName = NodeFactory.createURI(BASE + "graph/link/" + profile);
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Txn.executeRead(store.dataset(), () -> {
                Graph links = store.dataset().getGraph(graphName);
                Node altenburg = NodeFactory.createURI(BASE + "id/work/altenburg-1999-af21d602");
                assertTrue(links.contains(
                        altenburg, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q8001")));
                assertTrue(
                        links.contains(
                                Node.ANY,
                                NodeFactory.createURI(
                                        "http://www.essepuntato.it/2010/06/literalreification/hasLiteralValue"),
                                NodeFactory.createLiteralString("10.1016/s0305-750x(99)00081-9")),
                        "the DOI Wikidata gives, normalised, as an OCDM identifier");
                assertTrue(links.contains(
                        NodeFactory.createURI(BASE + "id/link/wikidata/run"),
                        NodeFactory.createURI("http://www.w3.org/ns/prov#startedAtTime"),
                        Node.ANY));
                assertTrue(
                        links.find(Node.ANY, Node.ANY, NodeFactory.createURI("http://www.wikidata.org/entity/Q8901"))
                                .toList()
                                .isEmpty(),
                        "a near miss below the threshold is not asserted");
            });
        }
        assertTrue(run("link", "--db", db.toString(), "--profile", profile, "--undo")
                .startsWith("Removed "));
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Txn.executeRead(
                    store.dataset(),
                    () -> assertTrue(store.dataset().getGraph(graphName).isEmpty()));
        }
    }

    @org.junit.jupiter.api.Test
    void link_unreachableEndpointIsOneLineAndExitCode4() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(
                new String[] {"link", "--db", db.toString(), "--endpoint", "http://localhost:1/sparql"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(4, code, message);
        assertTrue(message.startsWith("scholarlod link: cannot query http://localhost:1/sparql"), message);
        assertEquals(1, message.strip().lines().count(), message);
    }

    private static Set<String> subset(Set<String> pairs, String kind) {
        Set<String> result = new HashSet<>();
        pairs.stream().filter(p -> p.startsWith(BASE + "id/" + kind + "/")).forEach(result::add);
        return result;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> result = new HashSet<>(a);
        result.removeAll(b);
        return result;
    }
}
