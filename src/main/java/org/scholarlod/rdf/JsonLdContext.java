package org.scholarlod.rdf;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * ScholarLOD's published JSON-LD context ({@code ontology/context.jsonld}, served at {@code <base>context.jsonld})
 * and a writer that compacts with it, so that JSON-LD output reads as plain JSON: {@code "title"},
 * {@code "creator"}, {@code "type": "JournalArticle"}.
 *
 * <p>The writer streams one node object per subject from the context's term table instead of running the general
 * compaction algorithm: a value a term's coercion fits becomes a plain string, any other value keeps its
 * {@code @id}, {@code @type} or {@code @language} explicitly, so the output always expands to the same triples.
 */
public final class JsonLdContext {
    private static final byte[] DOCUMENT = read();
    private static final JsonLdTerms TERMS = new JsonLdTerms(DOCUMENT);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

    private JsonLdContext() {}

    /** Where a store minted under {@code base} publishes the context. */
    public static String url(BaseUri base) {
        return base.resolve("context.jsonld");
    }

    /** The context document, as served. */
    public static byte[] document() {
        return DOCUMENT.clone();
    }

    /**
     * A JSON-LD document written a graph at a time: one {@code @context} (embedded), then the node objects of
     * every graph given, in one {@code @graph}; memory holds one graph. Nodes that several graphs describe appear
     * once per graph, which JSON-LD merges when it is read.
     */
    public static final class Stream implements AutoCloseable {
        private final JsonGenerator json;

        public Stream(OutputStream out) {
            try {
                json = JSON.createGenerator(out, JsonEncoding.UTF8);
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.setPrettyPrinter(PRETTY);
                json.writeStartObject();
                json.writeFieldName("@context");
                json.writeTree(MAPPER.readTree(DOCUMENT).get("@context"));
                json.writeArrayFieldStart("@graph");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void write(Graph graph) {
            Map<Node, List<Triple>> bySubject = new TreeMap<>(Comparator.comparing(Node::toString));
            graph.find()
                    .forEachRemaining(t -> bySubject
                            .computeIfAbsent(t.getSubject(), s -> new ArrayList<>())
                            .add(t));
            try {
                for (Map.Entry<Node, List<Triple>> subject : bySubject.entrySet()) {
                    node(json, subject.getKey(), subject.getValue());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                json.writeEndArray();
                json.writeEndObject();
                json.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Writes {@code graph} as JSON-LD with the context, which the output names by {@code contextUrl}: an
     * {@code @graph} of node objects, the node of {@code primary} (may be null) first, the others by IRI.
     * A null {@code contextUrl} embeds the context instead, for a file that must read without the network.
     */
    public static void write(Graph graph, String contextUrl, String primary, OutputStream out) {
        Map<Node, List<Triple>> bySubject = new TreeMap<>(
                Comparator.comparing((Node n) -> !n.hasURI(primary)).thenComparing((Node n) -> n.toString()));
        graph.find()
                .forEachRemaining(t -> bySubject
                        .computeIfAbsent(t.getSubject(), s -> new ArrayList<>())
                        .add(t));
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(PRETTY);
            json.writeStartObject();
            if (contextUrl != null) {
                json.writeStringField("@context", contextUrl);
            } else {
                json.writeFieldName("@context");
                json.writeTree(MAPPER.readTree(DOCUMENT).get("@context"));
            }
            json.writeArrayFieldStart("@graph");
            for (Map.Entry<Node, List<Triple>> subject : bySubject.entrySet()) {
                node(json, subject.getKey(), subject.getValue());
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void node(JsonGenerator json, Node subject, List<Triple> triples) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", subject.isBlank() ? "_:" + subject.getBlankNodeLabel() : subject.getURI());
        // Keyed by the name written, so that properties come in the order a reader scans for them.
        Map<String, List<Node>> byKey = new TreeMap<>();
        Map<String, JsonLdTerms.Term> termOf = new TreeMap<>();
        List<Node> types = new ArrayList<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(RDF.Nodes.type) && t.getObject().isURI()) {
                types.add(t.getObject());
                continue;
            }
            JsonLdTerms.Term term = TERMS.properties.get(t.getPredicate().getURI());
            String key =
                    term != null ? term.name() : TERMS.compact(t.getPredicate().getURI());
            termOf.put(key, term);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(t.getObject());
        }
        if (!types.isEmpty()) {
            List<String> names =
                    types.stream().map(n -> TERMS.compact(n.getURI())).sorted().toList();
            json.writeFieldName("type");
            many(json, names.size(), i -> json.writeString(names.get(i)));
        }
        for (Map.Entry<String, List<Node>> entry : byKey.entrySet()) {
            JsonLdTerms.Term term = termOf.get(entry.getKey());
            List<Node> values = entry.getValue();
            values.sort(Comparator.comparing((Node n) -> n.toString()));
            json.writeFieldName(entry.getKey());
            String coercion = term == null ? null : term.coercion();
            many(json, values.size(), i -> value(json, values.get(i), coercion));
        }
        json.writeEndObject();
    }

    /** One value as a plain string where the term's coercion reads it back exactly, else as an explicit object. */
    private static void value(JsonGenerator json, Node value, String coercion) throws IOException {
        if (value.isURI() || value.isBlank()) {
            String id = value.isBlank() ? "_:" + value.getBlankNodeLabel() : value.getURI();
            if (JsonLdTerms.Term.ID.equals(coercion)) {
                json.writeString(id);
            } else if (JsonLdTerms.Term.VOCAB.equals(coercion) && TERMS.names.containsKey(id)) {
                json.writeString(TERMS.names.get(id));
            } else if (JsonLdTerms.Term.VOCAB.equals(coercion)) {
                json.writeString(id);
            } else {
                json.writeStartObject();
                json.writeStringField("@id", id);
                json.writeEndObject();
            }
            return;
        }
        String lexical = value.getLiteralLexicalForm();
        String language = value.getLiteralLanguage();
        String datatype = value.getLiteralDatatypeURI();
        boolean plain = language.isEmpty() && XSDDatatype.XSDstring.getURI().equals(datatype);
        if ((plain && coercion == null) || (!language.isEmpty() ? false : datatype.equals(coercion))) {
            json.writeString(lexical);
            return;
        }
        json.writeStartObject();
        json.writeStringField("@value", lexical);
        if (!language.isEmpty()) {
            json.writeStringField("@language", language);
        } else {
            json.writeStringField("@type", TERMS.compact(datatype));
        }
        json.writeEndObject();
    }

    private interface Element {
        void write(int index) throws IOException;
    }

    private static void many(JsonGenerator json, int count, Element element) throws IOException {
        if (count == 1) {
            element.write(0);
            return;
        }
        json.writeStartArray();
        for (int i = 0; i < count; i++) {
            element.write(i);
        }
        json.writeEndArray();
    }

    private static byte[] read() {
        try (InputStream in = JsonLdContext.class.getResourceAsStream("/ontology/context.jsonld")) {
            if (in == null) {
                throw new IllegalStateException("ontology/context.jsonld is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
