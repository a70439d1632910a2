package org.scholarlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The JSON-LD writer: plain JSON where the context allows, and always the same triples when read back. */
class JsonLdContextTest {
    private static final String CONTEXT_URL = "http://localhost:3030/context.jsonld";

    private static Graph readBack(byte[] json) {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, o) -> {
            assertEquals(CONTEXT_URL, url.toString());
            return JsonDocument.of(new ByteArrayInputStream(JsonLdContext.document()));
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(json))
                .lang(Lang.JSONLD)
                .context(context)
                .parse(graph);
        return graph;
    }

    private static byte[] write(Graph graph, String primary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdContext.write(graph, CONTEXT_URL, primary, out);
        return out.toByteArray();
    }

    @Test
    void context_declaresThePrefixesTheOutputUses() throws Exception {
        JsonNode context = new ObjectMapper().readTree(JsonLdContext.document()).get("@context");
        Namespaces.prefixes()
                .getNsPrefixMap()
                .forEach((prefix, iri) -> assertEquals(iri, context.path(prefix).asText(null), "prefix " + prefix));
    }

    @Test
    void write_seedReadsBackAsTheSameGraph() {
        Graph seed = SeedGraph.map().graph();
        assertTrue(readBack(write(seed, null)).isIsomorphicWith(seed));
    }

    @Test
    void write_valuesTheContextDoesNotFitStayExplicit() {
        Node s = NodeFactory.createURI("http://localhost:3030/id/work/x");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(s, Dct.title, NodeFactory.createLiteralLang("Titel", "de")));
        g.add(Triple.create(s, Dct.issued, NodeFactory.createLiteralDT("2016-05-01", XSDDatatype.XSDdate)));
        g.add(Triple.create(s, Dct.creator, NodeFactory.createLiteralString("not an IRI")));
        g.add(Triple.create(s, Dct.title, NodeFactory.createURI("http://example.org/a-title-iri")));
        g.add(Triple.create(s, Pro.withRole, NodeFactory.createURI("http://example.org/role")));
        g.add(Triple.create(s, Pro.withRole, Pro.author));
        g.add(Triple.create(
                s, NodeFactory.createURI("http://example.org/p"), NodeFactory.createURI("http://example.org/o")));
        g.add(Triple.create(s, NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("x")));
        g.add(Triple.create(s, RDF.Nodes.type, NodeFactory.createURI("http://example.org/Class")));
        g.add(Triple.create(s, RDF.Nodes.type, Fabio.Book));
        g.add(Triple.create(NodeFactory.createBlankNode("b1"), Foaf.name, NodeFactory.createLiteralString("blank")));
        assertTrue(readBack(write(g, s.getURI())).isIsomorphicWith(g));
    }

    @Test
    void write_embeddedContextReadsWithoutALoader() {
        Graph seed = SeedGraph.map().graph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdContext.write(seed, null, null, out);
        Graph read = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray()))
                .lang(Lang.JSONLD)
                .parse(read);
        assertTrue(read.isIsomorphicWith(seed));
    }

    @Test
    void write_readsAsPlainJsonPrimaryFirst() throws Exception {
        Graph seed = SeedGraph.map().graph();
        String article = SeedGraph.BASE + "id/article/10.1007/s10551-014-2373-7";
        JsonNode root = new ObjectMapper().readTree(write(seed, article));
        assertEquals(CONTEXT_URL, root.get("@context").asText());
        JsonNode first = root.get("@graph").get(0);
        assertEquals(article, first.get("id").asText());
        assertEquals("2016", first.get("issued").asText());
        assertEquals("[\"Expression\",\"JournalArticle\"]", first.get("type").toString());
        assertEquals(
                SeedGraph.BASE + "id/person/gary-gereffi",
                first.get("creator").get(0).asText());
    }
}
