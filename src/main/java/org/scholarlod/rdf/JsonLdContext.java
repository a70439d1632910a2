package org.scholarlod.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * ScholarLOD's published JSON-LD context ({@code ontology/context.jsonld}, served at {@code <base>context.jsonld})
 * and a writer that compacts with it, so that JSON-LD output reads as plain JSON: {@code "title"},
 * {@code "creator"}, {@code "type": "JournalArticle"}.
 */
public final class JsonLdContext {
    private static final byte[] DOCUMENT = read();
    private static final JsonDocument CONTEXT = parse(DOCUMENT);
    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private JsonLdContext() {}

    /** Where a store minted under {@code base} publishes the context. */
    public static String url(String base) {
        return base + "context.jsonld";
    }

    /** The context document, as served. */
    public static byte[] document() {
        return DOCUMENT.clone();
    }

    /**
     * Writes {@code quads} as JSON-LD compacted with the context, which the output names by {@code contextUrl};
     * the node of {@code primary} (may be null) comes first.
     */
    public static void write(DatasetGraph quads, String contextUrl, String primary, OutputStream out) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFWriter.source(quads).format(RDFFormat.JSONLD11_PLAIN).output(expanded);
        JsonStructure compacted;
        try {
            compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())), CONTEXT).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot compact JSON-LD with ontology/context.jsonld: " + e.getMessage(), e);
        }
        JsonObject named = Json.createObjectBuilder(compacted.asJsonObject())
                .add("@context", Json.createValue(contextUrl)).build();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.write(reorder(named, primary));
        }
    }

    /** The context reference first, then the described resource, as a reader expects to see them. */
    private static JsonObject reorder(JsonObject object, String primary) {
        var builder = Json.createObjectBuilder().add("@context", object.get("@context"));
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (entry.getKey().equals("@graph") && entry.getValue() instanceof JsonArray nodes) {
                builder.add("@graph", primaryFirst(nodes, primary));
            } else if (!entry.getKey().equals("@context")) {
                builder.add(entry.getKey(), entry.getValue());
            }
        }
        return builder.build();
    }

    private static JsonArray primaryFirst(JsonArray nodes, String primary) {
        JsonArrayBuilder first = Json.createArrayBuilder();
        JsonArrayBuilder rest = Json.createArrayBuilder();
        for (JsonValue node : nodes) {
            boolean isPrimary = node instanceof JsonObject o && o.get("id") instanceof JsonString id
                    && id.getString().equals(primary);
            (isPrimary ? first : rest).add(node);
        }
        rest.build().forEach(first::add);
        return first.build();
    }

    private static JsonDocument parse(byte[] document) {
        try {
            return JsonDocument.of(new ByteArrayInputStream(document));
        } catch (JsonLdError e) {
            throw new IllegalStateException("ontology/context.jsonld is not JSON: " + e.getMessage(), e);
        }
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
