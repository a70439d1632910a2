package org.scholarlod.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.WorkType;

/**
 * Reference strings paired with fields of the work they cite, as biblio-glutton's reference matching set holds
 * them: a JSON array (gzipped or not) of {@code {"reference": …, "atitle": …, "jtitle": …, "volume": …,
 * "firstPage": …, "firstAuthor": …}}, the string as GROBID took it from an article's PDF and the fields from the
 * same article's PMC XML.
 */
public final class GluttonPairs {
    /** A reference string and the fields its pair gives of the work it cites. */
    public record Pair(String text, CitedWork work) {
        public Pair {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(work, "work");
        }
    }

    private GluttonPairs() {}

    /** The pairs of {@code file}; a file that is not such an array is refused, naming the place. */
    public static List<Pair> read(Path file) throws IOException {
        JsonNode all;
        try (InputStream in = open(file)) {
            all = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw InputException.at(
                    file.toString(),
                    TextPosition.reported(
                            e.getLocation().getLineNr(), e.getLocation().getColumnNr()),
                    "not valid JSON (" + e.getOriginalMessage() + ")",
                    e);
        }
        if (all == null || !all.isArray()) {
            throw new InputException(file.toString(), null, "not a JSON array of paired references");
        }
        List<Pair> pairs = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            JsonNode pair = all.get(i);
            JsonNode reference = pair.get("reference");
            if (reference == null || !reference.isTextual()) {
                throw new InputException(file.toString(), "item " + (i + 1), "no \"reference\" string");
            }
            try {
                pairs.add(new Pair(reference.asText(), work(pair)));
            } catch (IllegalArgumentException e) {
                throw new InputException(file.toString(), "item " + (i + 1), e.getMessage(), e);
            }
        }
        return pairs;
    }

    private static CitedWork work(JsonNode pair) {
        String firstAuthor = text(pair, "firstAuthor");
        String firstPage = text(pair, "firstPage");
        return CitedWork.builder(WorkType.JOURNAL_ARTICLE)
                .title(text(pair, "atitle"))
                .containerTitle(text(pair, "jtitle"))
                .volume(text(pair, "volume"))
                .page(firstPage == null ? null : new PageRange(firstPage, null))
                .authors(firstAuthor == null ? List.of() : List.of(new PersonName(firstAuthor, null, null, null)))
                .build();
    }

    private static String text(JsonNode pair, String field) {
        JsonNode value = pair.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(in) : in;
    }
}
