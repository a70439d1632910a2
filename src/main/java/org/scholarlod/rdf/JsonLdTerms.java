package org.scholarlod.rdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The term table of the published context: for each property its term and how the term coerces values, for
 * each class or vocabulary IRI its term, and the prefixes for compact IRIs.
 */
final class JsonLdTerms {
    /** How a term reads a plain JSON string: as an IRI, as a term of the vocabulary, or as a typed literal. */
    record Term(String name, String coercion) {
        static final String ID = "@id";
        static final String VOCAB = "@vocab";
    }

    final Map<String, Term> properties = new HashMap<>();
    final Map<String, String> names = new HashMap<>();
    final Map<String, String> prefixes = new LinkedHashMap<>();

    JsonLdTerms(byte[] document) {
        JsonNode context;
        try {
            context = new ObjectMapper().readTree(document).get("@context");
        } catch (IOException e) {
            throw new UncheckedIOException("ontology/context.jsonld is not JSON", e);
        }
        context.properties().forEach(e -> {
            if (e.getValue().isTextual()
                    && (e.getValue().asText().endsWith("/")
                            || e.getValue().asText().endsWith("#"))) {
                prefixes.put(e.getKey(), e.getValue().asText());
            }
        });
        context.properties().forEach(e -> {
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (prefixes.containsKey(name) || name.equals("id") || name.equals("type")) {
                return;
            }
            if (value.isTextual()) {
                String iri = expand(value.asText());
                names.put(iri, name);
                properties.putIfAbsent(iri, new Term(name, null));
            } else {
                String iri = expand(value.get("@id").asText());
                String type = value.has("@type") ? value.get("@type").asText() : null;
                properties.put(iri, new Term(name, type == null || type.startsWith("@") ? type : expand(type)));
            }
        });
    }

    /** A compact IRI ("dcterms:title") expanded with the prefixes. */
    String expand(String curie) {
        int colon = curie.indexOf(':');
        String prefix = colon < 0 ? null : prefixes.get(curie.substring(0, colon));
        return prefix == null ? curie : prefix + curie.substring(colon + 1);
    }

    /** The shortest way to write an IRI as a key or type: its term, a compact IRI, or the IRI itself. */
    String compact(String iri) {
        String name = names.get(iri);
        if (name != null) {
            return name;
        }
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            String local =
                    iri.startsWith(p.getValue()) ? iri.substring(p.getValue().length()) : null;
            if (local != null && local.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                return p.getKey() + ":" + local;
            }
        }
        return iri;
    }
}
