package org.scholarlod.rdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The Turtle writer for descriptions: the same triples when read back, and the same bytes for the same graph. */
class TurtleDocumentTest {
    private static final Node S = NodeFactory.createURI("http://localhost:3030/id/work/x");

    static String write(Graph graph, Node primary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TurtleDocument.write(graph, Namespaces.prefixes(new BaseUri(SeedGraph.BASE)), primary, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Graph readBack(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.TURTLE)
                .checking(false)
                .parse(graph);
        return graph;
    }

    /** Terms a writer gets wrong: escapes, control characters, local names that must stay IRIs, odd literals. */
    static Graph awkward() {
        Graph g = GraphFactory.createDefaultGraph();
        String[] texts = {
            "say \"hi\"",
            "back\\slash",
            "two\nlines\r\n",
            "tab\there",
            "nul\u0000",
            "bel\u0007esc\u001Bdel\u007F",
            "émoji 😀 中文",
            "",
            "'single' \"\"\" triple",
            "ends with quote\""
        };
        for (String text : texts) {
            g.add(Triple.create(S, Dct.description, NodeFactory.createLiteralString(text)));
        }
        g.add(Triple.create(S, Dct.title, NodeFactory.createLiteralLang("Titel", "de-CH")));
        g.add(Triple.create(S, Dct.title, NodeFactory.createLiteralDirLang("عنوان", "ar", "rtl")));
        for (String integer : new String[] {"42", "+7", "-007", "1.5", "x", ""}) {
            g.add(Triple.create(
                    S,
                    NodeFactory.createURI(Dct.NS + "extent"),
                    NodeFactory.createLiteralDT(integer, XSDDatatype.XSDinteger)));
        }
        g.add(Triple.create(
                S,
                NodeFactory.createURI(Dct.NS + "extent"),
                NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        g.add(Triple.create(
                S,
                NodeFactory.createURI(Dct.NS + "extent"),
                NodeFactory.createLiteralDT("yes", XSDDatatype.XSDboolean)));
        g.add(Triple.create(S, Dct.issued, NodeFactory.createLiteralDT("2016-05-01", XSDDatatype.XSDdate)));
        g.add(Triple.create(
                S, Dct.issued, NodeFactory.createLiteralDT("x", NodeFactory.getType("http://example.org/dt#a.b"))));
        String[] locals = {"a.b", "a.", ".a", "-x", "x-y", "_u", "9a", "%20", "ü", "a:b", "(x)", "", "a/b", "a#b", "a~b"
        };
        for (String local : locals) {
            g.add(Triple.create(S, Dct.subject, NodeFactory.createURI(Dct.NS + local)));
            g.add(Triple.create(S, NodeFactory.createURI("http://xmlns.com/foaf/0.1/" + local), S));
        }
        Node blank = NodeFactory.createBlankNode();
        g.add(Triple.create(S, Dct.creator, blank));
        g.add(Triple.create(blank, Foaf.name, NodeFactory.createLiteralString("blank")));
        g.add(Triple.create(blank, RDF.Nodes.type, Foaf.Person));
        g.add(Triple.create(
                NodeFactory.createURI("http://example.org/other"), NodeFactory.createURI(Dct.NS + "references"), S));
        return g;
    }

    @Test
    void write_seedReadsBackAsTheSameGraph() {
        Graph seed = SeedGraph.map().graph();
        assertTrue(readBack(write(seed, null)).isIsomorphicWith(seed));
    }

    @Test
    void write_awkwardTermsReadBackAsTheSameGraph() {
        Graph awkward = awkward();
        String turtle = write(awkward, S);
        assertTrue(readBack(turtle).isIsomorphicWith(awkward), turtle);
        assertFalse(turtle.chars().anyMatch(c -> c < 0x20 && c != '\n'), "no raw control character: " + turtle);
        assertTrue(turtle.contains(" 42 ,"), "an integer as a number: " + turtle);
        assertTrue(turtle.contains("\"1.5\"^^xsd:integer"), "an ill-typed integer kept quoted: " + turtle);
        assertTrue(turtle.contains("dcterms:a.b ,"), "a dotted local name abbreviated: " + turtle);
        assertTrue(turtle.contains("<http://purl.org/dc/terms/a.>"), "a trailing dot kept in an IRI: " + turtle);
    }

    @Test
    void write_primaryBlockFirstWithItsTypeFirst() {
        Graph g = GraphFactory.createDefaultGraph();
        Node a = NodeFactory.createURI("http://example.org/a");
        g.add(Triple.create(a, Dct.title, NodeFactory.createLiteralString("A")));
        g.add(Triple.create(S, Dct.title, NodeFactory.createLiteralString("X")));
        g.add(Triple.create(S, RDF.Nodes.type, Fabio.JournalArticle));
        String body = write(g, S).replaceAll("(?m)^@prefix.*\n", "").strip();
        assertEquals("""
                id:work/x a fabio:JournalArticle ;
                    dcterms:title "X" .

                <http://example.org/a> dcterms:title "A" .""".replace("id:work/x", "<" + S.getURI() + ">"), body);
    }

    @Test
    void write_sameGraphInAnyOrderGivesTheSameBytes() {
        List<Triple> triples = new ArrayList<>(awkward().find().toList());
        triples.removeIf(t -> t.getSubject().isBlank() || t.getObject().isBlank());
        Graph one = GraphFactory.createDefaultGraph();
        triples.forEach(one::add);
        Collections.reverse(triples);
        Graph other = GraphFactory.createDefaultGraph();
        triples.forEach(other::add);
        assertArrayEquals(
                write(one, S).getBytes(StandardCharsets.UTF_8), write(other, S).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainLocalName_acceptsOnlyNamesThatNeedNoEscape() {
        assertTrue(TurtleDocument.plainLocalName("x#abc-1.2_z", 2));
        assertTrue(TurtleDocument.plainLocalName("x#", 2));
        assertFalse(TurtleDocument.plainLocalName("x#-a", 2));
        assertFalse(TurtleDocument.plainLocalName("x#a.", 2));
        assertFalse(TurtleDocument.plainLocalName("x#a%20", 2));
        assertFalse(TurtleDocument.plainLocalName("x#é", 2));
    }
}
