package org.scholarlod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class NQuadsLineTest {
    private static final Node S = NodeFactory.createURI("http://localhost:3030/id/article/10.5555/x");
    private static final Node P = NodeFactory.createURI("http://purl.org/dc/terms/title");

    @Test
    void append_awkwardTerms_parseBackToTheSameGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(S, P, NodeFactory.createLiteralString("quote \" backslash \\ newline \n return \r tab \t")));
        graph.add(Triple.create(S, P, NodeFactory.createLiteralString("Ünïcödé — 日本語 𝔘")));
        graph.add(Triple.create(S, P, NodeFactory.createLiteralLang("Titel", "de-CH")));
        graph.add(Triple.create(S, P, NodeFactory.createLiteralDT("2019-03", XSDDatatype.XSDgYearMonth)));
        graph.add(Triple.create(S, P, NodeFactory.createLiteralString("")));
        graph.add(Triple.create(S, P, NodeFactory.createURI("http://example.org/a b<c>")));
        graph.add(Triple.create(NodeFactory.createBlankNode(), P, S));
        StringBuilder lines = new StringBuilder();
        Node name = NodeFactory.createURI("http://localhost:3030/graph/article/10.5555/x");
        graph.find().forEachRemaining(t -> NQuadsLine.append(lines, t, name));
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(lines.toString(), Lang.NQUADS).parse(parsed);
        assertTrue(parsed.getGraph(name).isIsomorphicWith(graph), lines.toString());
        assertTrue(lines.toString().contains("<http://localhost:3030/id/article/10.5555/x> "
                + "<http://purl.org/dc/terms/title> \"Titel\"@de-CH <" + name.getURI() + "> .\n"), lines.toString());
        StringBuilder triples = new StringBuilder();
        graph.find(S, P, Node.ANY).forEachRemaining(t -> NQuadsLine.append(triples, t, null));
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(triples.toString(), Lang.NTRIPLES).parse(back);
        assertEquals(6, back.size());
    }
}
