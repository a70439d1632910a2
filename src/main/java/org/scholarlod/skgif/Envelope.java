package org.scholarlod.skgif;

import static org.scholarlod.skgif.EntityDocuments.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The JSON-LD an SKG-IF API answer travels in: the data model's and the API's contexts with our {@code @base},
 * {@code meta} (the answer's own URL, paging, and each entity's API link) and the entities in {@code @graph}.
 */
public final class Envelope {
    /** The SKG-IF data model context the answers' terms are from (version 1.1.0, as the OpenAPI names it). */
    public static final String DATA_CONTEXT = "https://w3id.org/skg-if/context/1.1.0/skg-if.json";
    /** The SKG-IF API context of {@code meta}. */
    public static final String API_CONTEXT = "https://w3id.org/skg-if/context/1.0.0/skg-if-api.json";

    private final EntityIds ids;

    public Envelope(EntityIds ids) {
        this.ids = ids;
    }

    /** One entity's answer, listing the API links of the entities it embeds. */
    public ObjectNode single(EntityType type, Node node, ObjectNode entity, Map<Node, EntityType> linked) {
        ObjectNode answer = context();
        ObjectNode meta = answer.putObject("meta");
        meta.put("local_identifier", ids.href(type, node)).put("entity_type", "single_entity");
        ArrayNode items = JSON.arrayNode();
        linked.forEach((n, t) -> {
            if (!n.equals(node)) {
                items.add(item(t, n));
            }
        });
        if (!items.isEmpty()) {
            meta.set("api_items", items);
        }
        answer.putArray("@graph").add(entity);
        return answer;
    }

    /** A page of a search: its URL, the next and previous pages, the whole result, and each entity's link. */
    public ObjectNode page(
            EntityType type, String filter, long page, int size, EntitySearch.Page found, List<ObjectNode> entities) {
        ObjectNode answer = context();
        String search = ids.api(type.path()) + (filter == null || filter.isBlank() ? "" : "?filter=" + encode(filter));
        ObjectNode meta = answer.putObject("meta");
        meta.put("local_identifier", pageUrl(search, page, size)).put("entity_type", "search_result_page");
        if (page > 1) {
            meta.set("prev_page", pageRef(search, page - 1, size));
        }
        if (found.hasNext()) {
            meta.set("next_page", pageRef(search, page + 1, size));
        }
        ObjectNode whole = meta.putObject("part_of");
        whole.put("local_identifier", search).put("entity_type", "search_result");
        if (found.total() != null) {
            whole.put("total_items", found.total());
            whole.set("first_page", pageRef(search, 1, size));
            whole.set("last_page", pageRef(search, Math.max(1, (found.total() + size - 1) / size), size));
        }
        ArrayNode items = meta.putArray("api_items");
        found.entities().forEach(n -> items.add(item(type, n)));
        ArrayNode graph = answer.putArray("@graph");
        entities.forEach(graph::add);
        return answer;
    }

    private ObjectNode context() {
        ObjectNode answer = JSON.objectNode();
        answer.putArray("@context")
                .add(DATA_CONTEXT)
                .add(API_CONTEXT)
                .add(JSON.objectNode().put("@base", ids.jsonLdBase()));
        return answer;
    }

    private ObjectNode item(EntityType type, Node node) {
        ObjectNode item = JSON.objectNode().put("local_identifier", node.getURI());
        item.putArray("urls")
                .add(JSON.objectNode()
                        .put("entity_type", "link")
                        .put("rel", "self")
                        .put("href", ids.href(type, node)));
        return item;
    }

    private static ObjectNode pageRef(String search, long page, int size) {
        return JSON.objectNode()
                .put("local_identifier", pageUrl(search, page, size))
                .put("entity_type", "search_result_page");
    }

    private static String pageUrl(String search, long page, int size) {
        return search + (search.contains("?") ? "&" : "?") + "page=" + page + "&page_size=" + size;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
