package org.scholarlod.cite;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.SecondFieldAlign;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import org.scholarlod.model.CitedWork;

/**
 * Formats cited works as bibliography entries in any CSL style, with citeproc-java and the CSL project's styles
 * and locales. A work goes to the processor as its CSL-JSON item ({@link CslJson}), so that every format we
 * write states the same fields.
 */
public final class CslFormatter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};
    /** Entries already formatted: a style is slow to apply (milliseconds a work), and pages repeat. */
    private static final Cache<Entry, Optional<String>> ENTRIES =
            Caffeine.newBuilder().maximumSize(10_000).build();
    /** Processors not in use, per style: parsing a style takes longer than formatting with it. */
    private static final Cache<CslStyle, Queue<Processor>> IDLE =
            Caffeine.newBuilder().maximumSize(32).build();

    private static final int IDLE_PER_STYLE = 4;
    /**
     * The first field of an entry in a style that sets it in a column of its own ({@code second-field-align}):
     * "[1]", "1.", "(1)" or a label such as "[Gre19]". Plain text has no column, and the processor joins it to
     * the entry ("[1]G. Liu"): a space stands for the column.
     */
    private static final Pattern FIRST_FIELD =
            Pattern.compile("^(\\[[^\\]\\s]{1,20}\\]|\\(\\d{1,5}\\)|\\d{1,5}\\.?+)(?=\\S)");

    private CslFormatter() {}

    /**
     * The work as one bibliography entry, on its own (a numeric style numbers it 1); empty when the style makes
     * none for it (Chicago's notes and bibliography lists no work of the generic type {@code document}, say).
     */
    public static Optional<String> entry(CitedWork work, CslStyle style) {
        ObjectNode item = CslJson.item(MAPPER, "work", work);
        return ENTRIES.get(new Entry(style, item.toString()), key -> {
            try {
                List<String> entries = format(style, List.of(item));
                return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
            } catch (RuntimeException e) {
                // The processor failing on a work is a gap in a style, not a reason to fail the page.
                return Optional.empty();
            }
        });
    }

    /**
     * The works as one bibliography, in the style's order and with its numbering; works the style makes no
     * entry for are left out.
     */
    public static List<String> bibliography(List<CitedWork> works, CslStyle style) {
        List<ObjectNode> items = new ArrayList<>();
        for (CitedWork work : works) {
            items.add(CslJson.item(MAPPER, "work-" + (items.size() + 1), work));
        }
        if (items.isEmpty()) {
            return List.of();
        }
        try {
            return format(style, items);
        } catch (RuntimeException e) {
            // One work the processor fails on should not lose the others: each on its own, in the order given.
            return works.stream().flatMap(work -> entry(work, style).stream()).toList();
        }
    }

    private static List<String> format(CslStyle style, List<ObjectNode> items) {
        Queue<Processor> idle = IDLE.get(style, key -> new ConcurrentLinkedQueue<>());
        Processor processor = idle.poll();
        if (processor == null) {
            processor = new Processor(style);
        }
        // A processor that failed part-way may hold half a bibliography: it is dropped, not reused.
        List<String> entries = processor.format(items);
        if (idle.size() < IDLE_PER_STYLE) {
            idle.offer(processor);
        }
        return entries;
    }

    /**
     * One entry of a bibliography the processor made in its text format, trimmed, with a space where the style
     * sets its first field in a column of its own.
     */
    public static String plainText(Bibliography bibliography, String entry) {
        String text = entry.strip();
        boolean column = bibliography.getSecondFieldAlign() != null
                && bibliography.getSecondFieldAlign() != SecondFieldAlign.FALSE;
        return column ? FIRST_FIELD.matcher(text).replaceFirst("$1 ") : text;
    }

    private record Entry(CslStyle style, String item) {}

    /** A CSL processor for one style and locale, and the items it is given for one call. */
    private static final class Processor implements ItemDataProvider {
        private final Map<String, CSLItemData> items = new LinkedHashMap<>();
        private final CSL csl;

        Processor(CslStyle style) {
            try {
                csl = new CSL(this, style.resource(), style.locale());
            } catch (IOException e) {
                throw new UncheckedIOException("citation style " + style.id() + " could not be read", e);
            }
        }

        List<String> format(List<ObjectNode> json) {
            items.clear();
            for (ObjectNode item : json) {
                items.put(item.get("id").asText(), CSLItemData.fromJson(MAPPER.convertValue(item, JSON_OBJECT)));
            }
            // reset() also sets the output format back to HTML.
            csl.reset();
            csl.setOutputFormat("text");
            csl.registerCitationItems(items.keySet());
            Bibliography bibliography = csl.makeBibliography();
            List<String> entries = new ArrayList<>();
            for (String entry : bibliography.getEntries()) {
                entries.add(plainText(bibliography, entry));
            }
            return entries;
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return items.get(id);
        }

        @Override
        public Collection<String> getIds() {
            return items.keySet();
        }
    }
}
