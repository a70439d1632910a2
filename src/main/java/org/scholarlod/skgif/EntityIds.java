package org.scholarlod.skgif;

import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.scholarlod.rdf.BaseUri;

/**
 * How SKG-IF names our resources: a {@code local_identifier} is the resource's own URI, the JSON-LD
 * {@code @base} is {@code {base}id/}, and an entity's API URL is {@code {base}skg-if/{type}/{path under @base}}.
 * Requests may name an entity by its URI, by its path under {@code @base}, or by its API URL.
 */
public final class EntityIds {
    /** Where the API is served, under the base. */
    public static final String API_PATH = "skg-if/";
    // Characters an IRI cannot hold; a value with any of them names nothing here.
    private static final Pattern NOT_IRI = Pattern.compile("[\\s<>\"{}|^`\\\\]");

    private final BaseUri base;

    public EntityIds(BaseUri base) {
        this.base = base;
    }

    /** The JSON-LD {@code @base} of every response. */
    public String jsonLdBase() {
        return base.resolve("id/");
    }

    /** The API URL of an entity of this type (its path under {@code @base} when minted here, else its URI). */
    public String href(EntityType type, Node entity) {
        String uri = entity.getURI();
        String local = uri.startsWith(jsonLdBase()) ? uri.substring(jsonLdBase().length()) : uri;
        return api(type.path() + "/" + local);
    }

    /** A URL under the API ({@code products?filter=…}). */
    public String api(String path) {
        return base.resolve(API_PATH + path);
    }

    /**
     * The resource an identifier in a request names: a URI, a path under {@code @base}, or an API URL of any
     * entity type; null when it cannot be an IRI.
     */
    public Node node(String identifier) {
        String id = identifier.strip();
        for (EntityType type : EntityType.values()) {
            String prefix = api(type.path() + "/");
            if (id.startsWith(prefix)) {
                id = id.substring(prefix.length());
            }
        }
        if (!(id.startsWith("http://") || id.startsWith("https://"))) {
            id = jsonLdBase() + id;
        }
        return id.isEmpty() || NOT_IRI.matcher(id).find() ? null : NodeFactory.createURI(id);
    }
}
