package org.scholarlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

class NQuadsBufferTest {
    private static final Node S = NodeFactory.createURI("http://localhost:3030/id/article/10.5555/x");
    private static final Node P = NodeFactory.createURI("http://purl.org/dc/terms/title");

    @Test
    void append_awkwardTerms_parseBackToTheSameGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(
                S, P, NodeFactory.createLiteralString("quote \" backslash \\ newline \n return \r tab \t")));
        graph.add(Triple.create(S, P, NodeFactory.createLiteralString("Ünïcödé — 日本語 𝔘")));
        graph.add(Triple.create(S, P, NodeFactory.createLiteralLang("Titel", "de-CH")));
        graph.add(Triple.create(S, P, NodeFactory.createLiteralLang("Naslov", "sr-Latn-RS")));
        graph.add(Triple.create(S, P, NodeFactory.createLiteralLang("Título", "es-419")));
        graph.add(Triple.create(S, P, NodeFactory.createLiteralDT("2019-03", XSDDatatype.XSDgYearMonth)));
        graph.add(Triple.create(S, P, NodeFactory.createLiteralString("")));
        graph.add(Triple.create(S, P, NodeFactory.createURI("http://example.org/a b<c>")));
        graph.add(Triple.create(S, P, NodeFactory.createURI("http://example.org/Zürich/東京")));
        graph.add(Triple.create(S, P, NodeFactory.createLiteralDT("x", new XSDDatatype("string") {
            @Override
            public String getURI() {
                return "http://example.org/odd type";
            }
        })));
        graph.add(Triple.create(NodeFactory.createBlankNode(), P, S));
        NQuadsBuffer buffer = new NQuadsBuffer(0);
        Node name = NodeFactory.createURI("http://localhost:3030/graph/article/10.5555/x");
        graph.find().forEachRemaining(t -> buffer.line(t, name));
        String lines = new String(buffer.take(), StandardCharsets.UTF_8);
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(lines, Lang.NQUADS).parse(parsed);
        assertTrue(parsed.getGraph(name).isIsomorphicWith(graph), lines);
        assertTrue(
                lines.contains("<http://localhost:3030/id/article/10.5555/x> "
                        + "<http://purl.org/dc/terms/title> \"Titel\"@de-CH <" + name.getURI() + "> .\n"),
                lines);
        graph.find(S, P, Node.ANY).forEachRemaining(t -> buffer.line(t, null));
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(buffer.take(), StandardCharsets.UTF_8), Lang.NTRIPLES)
                .parse(back);
        assertEquals(10, back.size());
    }

    @Test
    void line_loneSurrogateWrittenAsJavaWritesIt() {
        Triple t = Triple.create(S, P, NodeFactory.createLiteralString("a\uD800b \uD835\uDD18"));
        String line = new String(new NQuadsBuffer(0).line(t, null).take(), StandardCharsets.UTF_8);
        assertTrue(line.endsWith(" \"a?b \uD835\uDD18\" .\n"), line);
    }

    @Test
    void langTag_grammar() {
        for (String tag : List.of("en", "de-CH", "sr-Latn-RS", "es-419", "x-1a")) {
            assertTrue(NQuadsBuffer.langTag(tag), tag);
        }
        for (String tag : List.of("", "-en", "en-", "en--gb", "1en", "en_GB", "é")) {
            assertFalse(NQuadsBuffer.langTag(tag), tag);
        }
    }
}
