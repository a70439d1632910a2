package org.scholarlod.source.catalogue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.scholarlod.model.SourceDocument;
import org.scholarlod.model.SourceKind;
import org.scholarlod.source.InputException;
import org.scholarlod.source.TextPosition;
import org.scholarlod.source.crossref.CrossrefWorkReader;

/**
 * Crossref JSON in each shape it is published in, read as a stream so that a data-file slice of thousands of
 * works is never one tree: a single-work response ({@code message-type} {@code work}), a work-list page
 * ({@code message.items}), a data-file slice ({@code {"items": […]}}), a JSON array of works, one bare work, or
 * JSON lines (one bare work per line).
 */
final class CrossrefStream {
    private final ObjectMapper mapper =
            JsonMapper.builder().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE).build();
    private final CrossrefWorkReader reader = new CrossrefWorkReader();

    void read(InputStream in, String name, Consumer<InputRecord> sink) throws IOException {
        try (JsonParser parser = mapper.createParser(in)) {
            try {
                top(parser, name, sink);
            } catch (JsonProcessingException e) {
                sink.accept(CatalogueWalker.failedAt(
                        name,
                        TextPosition.reported(
                                e.getLocation().getLineNr(), e.getLocation().getColumnNr()),
                        "not valid JSON (" + e.getOriginalMessage() + ")"));
            }
        }
    }

    private void top(JsonParser parser, String name, Consumer<InputRecord> sink) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_ARRAY) {
            items(parser, name, sink);
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            sink.accept(CatalogueWalker.failed(name, null, "not Crossref JSON: it is not an object or an array"));
            return;
        }
        int firstLine = parser.currentTokenLocation().getLineNr();
        if (parser.nextToken() == JsonToken.FIELD_NAME
                && "items".equals(parser.currentName())
                && parser.nextToken() == JsonToken.START_ARRAY) {
            items(parser, name, sink);
            return;
        }
        ObjectNode first = rest(parser);
        if (first.has("message-type") || first.has("items")) {
            response(first, name, sink);
            return;
        }
        if (parser.nextToken() == null) {
            sink.accept(work(first, name, null));
            return;
        }
        sink.accept(work(first, name, "line " + firstLine));
        for (JsonToken next = parser.currentToken(); next != null; next = parser.nextToken()) {
            int line = parser.currentTokenLocation().getLineNr();
            if (next != JsonToken.START_OBJECT) {
                sink.accept(CatalogueWalker.failed(
                        name, "line " + line, "not a JSON object: JSON lines hold one work" + " per line"));
                parser.skipChildren();
                continue;
            }
            sink.accept(work(parser.readValueAsTree(), name, "line " + line));
        }
    }

    /** The object whose first field name the parser stands on (or past, at its end). */
    private ObjectNode rest(JsonParser parser) throws IOException {
        ObjectNode object = mapper.createObjectNode();
        for (JsonToken t = parser.currentToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String field = parser.currentName();
            parser.nextToken();
            object.set(field, parser.readValueAsTree());
        }
        return object;
    }

    private void response(ObjectNode response, String name, Consumer<InputRecord> sink) {
        String type = response.path("message-type").asText(null);
        if ("work".equals(type)) {
            sink.accept(work(response.path("message"), name, null));
        } else if ("work-list".equals(type) || type == null) {
            JsonNode items = type == null
                    ? response.path("items")
                    : response.path("message").path("items");
            int position = 0;
            for (JsonNode item : items) {
                sink.accept(work(item, name, "item " + ++position));
            }
        } else {
            sink.accept(CatalogueWalker.failed(
                    name, null, "a Crossref response of message-type '" + type + "', not a work or a work list"));
        }
    }

    private void items(JsonParser parser, String name, Consumer<InputRecord> sink) throws IOException {
        int position = 0;
        for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            sink.accept(work(parser.readValueAsTree(), name, "item " + ++position));
        }
    }

    private InputRecord work(JsonNode work, String name, String position) {
        String doi = work.path("DOI").isTextual() ? work.path("DOI").asText() : null;
        String label = position == null ? name : name + ": " + position;
        return new InputRecord(name, position, doi, () -> {
            if (!work.isObject()) {
                throw new InputException(name, position, "not a Crossref work: not a JSON object");
            }
            return reader.read(label, work, document(name, position, work));
        });
    }

    /** The work's provenance: its file and place, and the SHA-256 of the work as compact JSON. */
    private SourceDocument document(String name, String position, JsonNode work) {
        try {
            String file = Path.of(name.replace('!', '/')).getFileName().toString();
            return SourceDocument.of(
                    position == null ? file : file + "#" + position.replace(' ', '-'),
                    SourceKind.CROSSREF_WORK,
                    mapper.writeValueAsBytes(work));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot digest a parsed work", e);
        }
    }
}
