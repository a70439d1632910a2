package org.scholarlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads by node id answer what Jena's union graph and named graphs answer, on TDB2 and on any other dataset. */
class NodeIdReadsTest {
    private static final Node G1 = uri("g1");
    private static final Node G2 = uri("g2");
    private static final Node S = uri("s");
    private static final Node P = uri("p");
    private static final Node LABEL = uri("label");
    private static final Node NEVER = uri("never-stored");
    private static final Node BLANK = NodeFactory.createBlankNode();
    private static final List<Node> OBJECTS = List.of(
            uri("o"),
            NodeFactory.createLiteralString("text"),
            NodeFactory.createLiteralLang("Text", "en"),
            NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("2019-03-01", XSDDatatype.XSDdate),
            BLANK);

    private static Node uri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    private static DatasetGraph dataset(boolean tdb2) {
        DatasetGraph dataset = tdb2 ? DatabaseMgr.createDatasetGraph() : DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            for (Node o : OBJECTS) {
                dataset.add(G1, S, P, o);
                // The same triple in two graphs: the union holds it once.
                dataset.add(G2, S, P, o);
            }
            dataset.add(G1, S, LABEL, NodeFactory.createLiteralString("a label"));
            dataset.add(G2, BLANK, LABEL, NodeFactory.createLiteralString("a blank's label"));
            dataset.add(G2, uri("o"), P, S);
            // The default graph is not part of the union of the named graphs.
            dataset.getDefaultGraph().add(Triple.create(S, LABEL, NodeFactory.createLiteralString("default")));
        });
        return dataset;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void find_answersAsTheUnionGraphDoes(boolean tdb2) {
        DatasetGraph dataset = dataset(tdb2);
        NodeIdReads reads = new NodeIdReads(dataset);
        List<Node> terms = List.of(Node.ANY, S, P, LABEL, NEVER, BLANK, uri("o"), OBJECTS.get(3));
        Txn.executeRead(dataset, () -> {
            for (Node s : terms) {
                for (Node p : terms) {
                    for (Node o : terms) {
                        List<Triple> found = reads.find(s, p, o);
                        Set<Triple> expected =
                                dataset.getUnionGraph().find(s, p, o).toSet();
                        assertEquals(expected, Set.copyOf(found), s + " " + p + " " + o);
                        assertEquals(found.size(), new HashSet<>(found).size(), "distinct: " + found);
                        assertEquals(
                                expected, new NodeIdGraph(dataset).find(s, p, o).toSet());
                    }
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void findWithPredicates_keepsOnlyThosePredicates(boolean tdb2) {
        DatasetGraph dataset = dataset(tdb2);
        NodeIdReads reads = new NodeIdReads(dataset);
        Txn.executeRead(dataset, () -> {
            assertEquals(
                    List.of(Triple.create(S, LABEL, NodeFactory.createLiteralString("a label"))),
                    reads.find(S, Set.of(LABEL, NEVER)));
            assertEquals(1, reads.find(BLANK, Set.of(LABEL)).size());
            assertEquals(OBJECTS.size(), reads.find(S, Set.of(P)).size());
            assertTrue(reads.find(NEVER, Set.of(LABEL)).isEmpty());
            assertTrue(reads.find(S, Set.of(NEVER)).isEmpty());
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void graph_answersAsTheNamedGraphDoes(boolean tdb2) {
        DatasetGraph dataset = dataset(tdb2);
        NodeIdReads reads = new NodeIdReads(dataset);
        Txn.executeRead(dataset, () -> {
            for (Node name : List.of(G1, G2, NEVER)) {
                List<Triple> found = reads.graph(name);
                assertEquals(dataset.getGraph(name).find().toSet(), Set.copyOf(found), name.toString());
                assertEquals(found.size(), dataset.getGraph(name).size());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void quads_answerAsTheNamedGraphsDo(boolean tdb2) {
        DatasetGraph dataset = dataset(tdb2);
        NodeIdReads reads = new NodeIdReads(dataset);
        List<Node> graphs = List.of(Node.ANY, G1, G2, NEVER);
        List<Node> terms = List.of(Node.ANY, S, P, LABEL, NEVER, BLANK, uri("o"), OBJECTS.get(3));
        Txn.executeRead(dataset, () -> {
            for (Node g : graphs) {
                for (Node s : terms) {
                    for (Node p : terms) {
                        for (Node o : terms) {
                            List<Quad> found = reads.quads(g, s, p, o);
                            // Not the default graph's triple: findNG reads only the named graphs.
                            Set<Quad> expected = Set.copyOf(Iter.toList(dataset.findNG(g, s, p, o)));
                            assertEquals(expected, Set.copyOf(found), g + " " + s + " " + p + " " + o);
                            assertEquals(expected.size(), found.size(), "distinct: " + found);
                        }
                    }
                }
            }
        });
    }
}
