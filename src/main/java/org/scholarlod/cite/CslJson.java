package org.scholarlod.cite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PersonName;

/**
 * Cited works as CSL-JSON items, and both as flat field maps ("author" → "Altenburg, T.; Meyer-Stamer, J.")
 * for comparing a parse with a hand annotation field by field.
 */
public final class CslJson {
    /** The fields compared, in CSL-JSON names. */
    public static final List<String> FIELDS = List.of(
            "type",
            "author",
            "editor",
            "issued",
            "year-suffix",
            "title",
            "container-title",
            "collection-title",
            "number",
            "volume",
            "issue",
            "page",
            "edition",
            "publisher",
            "publisher-place",
            "event",
            "event-place",
            "genre",
            "URL",
            "DOI",
            "accessed");

    private CslJson() {}

    /** One CSL-JSON item; {@code id} numbers it within its list. */
    public static ObjectNode item(ObjectMapper mapper, String id, CitedWork work) {
        ObjectNode item = mapper.createObjectNode();
        item.put("id", id);
        item.put("type", work.type().csl());
        names(item, "author", work.authors());
        names(item, "editor", work.editors());
        date(item, "issued", work.issued());
        put(item, "year-suffix", work.yearSuffix());
        put(item, "title", work.title());
        put(item, "container-title", work.containerTitle());
        put(item, "collection-title", work.collectionTitle());
        put(item, "number", work.number());
        put(item, "volume", work.volume());
        put(item, "issue", work.issue());
        put(
                item,
                "page",
                work.page() == null
                        ? null
                        : work.page().last() == null
                                ? work.page().first()
                                : work.page().first() + "-" + work.page().last());
        put(item, "edition", work.edition());
        put(item, "publisher", work.publisher());
        put(item, "publisher-place", work.publisherPlace());
        put(item, "event", work.event());
        put(item, "event-place", work.eventPlace());
        put(item, "genre", work.genre());
        put(item, "URL", work.url());
        put(item, "DOI", work.doi());
        date(item, "accessed", work.accessed());
        item.put("confidence", work.confidence());
        return item;
    }

    /** The compared fields of a CSL-JSON item, as text; absent fields are left out. */
    public static Map<String, String> fields(JsonNode item) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (item == null || item.isNull()) {
            return fields;
        }
        for (String field : FIELDS) {
            JsonNode value = item.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            String text = switch (field) {
                case "author", "editor" -> nameText(value);
                case "issued", "accessed" -> dateText(value);
                default -> value.asText();
            };
            if (text != null && !text.isBlank()) {
                fields.put(field, text.strip());
            }
        }
        return fields;
    }

    private static void names(ObjectNode item, String field, List<PersonName> names) {
        if (names.isEmpty()) {
            return;
        }
        ArrayNode array = item.putArray(field);
        for (PersonName name : names) {
            ObjectNode n = array.addObject();
            if (name.isOrganisation()) {
                n.put("literal", name.literal());
            } else {
                n.put("family", name.family());
                if (name.given() != null) {
                    n.put("given", name.given());
                }
                if (name.suffix() != null) {
                    n.put("suffix", name.suffix());
                }
            }
        }
    }

    private static void date(ObjectNode item, String field, String isoDate) {
        if (isoDate == null) {
            return;
        }
        ArrayNode parts = item.putObject(field).putArray("date-parts").addArray();
        for (String part : isoDate.split("-")) {
            parts.add(Integer.parseInt(part));
        }
    }

    private static void put(ObjectNode item, String field, String value) {
        if (value != null) {
            item.put(field, value);
        }
    }

    private static String nameText(JsonNode names) {
        StringBuilder text = new StringBuilder();
        for (JsonNode name : names) {
            text.append(text.length() == 0 ? "" : "; ");
            if (name.hasNonNull("literal")) {
                text.append(name.get("literal").asText());
            } else {
                text.append(name.path("family").asText());
                if (name.hasNonNull("given")) {
                    text.append(", ").append(name.get("given").asText());
                }
                if (name.hasNonNull("suffix")) {
                    text.append(", ").append(name.get("suffix").asText());
                }
            }
        }
        return text.toString();
    }

    private static String dateText(JsonNode date) {
        JsonNode parts = date.path("date-parts").path(0);
        if (!parts.isArray() || parts.isEmpty()) {
            return date.hasNonNull("raw") ? date.get("raw").asText() : null;
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : parts) {
            text.append(text.length() == 0 ? "" : "-").append(String.format("%02d", part.asInt()));
        }
        return text.toString();
    }
}
