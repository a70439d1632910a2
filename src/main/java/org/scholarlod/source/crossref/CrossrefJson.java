package org.scholarlod.source.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.scholarlod.model.MarkupText;

/** Reading values out of a Crossref work: strings that may be arrays, with markup taken off. */
final class CrossrefJson {
    private CrossrefJson() {}

    /** The field's text (the first element when it is an array), as one line; null when absent or empty. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isArray()) {
            for (JsonNode element : value) {
                String text = scalar(element);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        return scalar(value);
    }

    /** Every text of an array field (or the one of a scalar field), each as one line, empty ones skipped. */
    static List<String> texts(JsonNode node, String field) {
        JsonNode value = node.path(field);
        List<String> texts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(element -> {
                String text = scalar(element);
                if (text != null) {
                    texts.add(text);
                }
            });
        } else if (scalar(value) != null) {
            texts.add(scalar(value));
        }
        return texts;
    }

    private static String scalar(JsonNode value) {
        return value.isTextual() || value.isNumber() ? MarkupText.inline(value.asText()) : null;
    }
}
