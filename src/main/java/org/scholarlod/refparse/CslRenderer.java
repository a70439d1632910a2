package org.scholarlod.refparse;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.cite.CslFormatter;
import org.scholarlod.model.PersonName;

/**
 * Renders known references in CSL styles with citeproc-java and says which field every character of the result
 * came from. Each field's value goes to the processor between two private-use characters, which no style
 * changes; names are marked on the family name, and their given names found beside it. The year, the pages and
 * the number go unmarked, as the processor computes with them, and are found in the unmarked text.
 */
final class CslRenderer {
    /** A rendering: its style, its text, the text by field, and the gold as the style shows it. */
    record Rendering(String style, String text, List<TeiCorpus.Segment> segments, KnownReference shown) {}

    private static final char FIRST_MARK = '\uE000';
    private static final Set<String> MARKED = Set.of(
            "title",
            "container-title",
            "collection-title",
            "volume",
            "issue",
            "publisher",
            "publisher-place",
            "DOI",
            "URL");
    private final Map<String, CSL> processors = new HashMap<>();
    private final CurrentItem current = new CurrentItem();

    /** The reference in the style, or empty when the style makes no entry of it or the processor fails. */
    Optional<Rendering> render(KnownReference reference, String style) {
        String entry;
        try {
            CSL csl = processor(style);
            current.item = CSLItemData.fromJson(item(reference));
            csl.reset();
            csl.setOutputFormat("text");
            csl.registerCitationItems(CurrentItem.ID);
            Bibliography bibliography = csl.makeBibliography();
            if (bibliography.getEntries().length == 0) {
                return Optional.empty();
            }
            entry = CslFormatter.plainText(bibliography, bibliography.getEntries()[0]);
        } catch (IOException | RuntimeException e) {
            // A style the processor cannot apply to an item gives no training example; the others still do.
            return Optional.empty();
        }
        return Optional.of(decode(style, entry, reference));
    }

    private CSL processor(String style) throws IOException {
        CSL csl = processors.get(style);
        if (csl == null) {
            csl = new CSL(current, style, "en-US");
            processors.put(style, csl);
        }
        return csl;
    }

    private static Map<String, Object> item(KnownReference reference) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", CurrentItem.ID);
        item.put("type", reference.type());
        reference.fields().forEach((field, value) -> {
            if (MARKED.contains(field)) {
                item.put(field, marked(TokenLabel.ofCsl(field), value));
            } else if (field.equals("issued")) {
                item.put("issued", Map.of("date-parts", List.of(List.of(Integer.parseInt(value)))));
            } else {
                item.put(field, value);
            }
        });
        if (!reference.authors().isEmpty()) {
            item.put("author", names(reference.authors(), TokenLabel.AUTHOR));
        }
        if (!reference.editors().isEmpty()) {
            item.put("editor", names(reference.editors(), TokenLabel.EDITOR));
        }
        return item;
    }

    private static List<Map<String, String>> names(List<PersonName> names, TokenLabel label) {
        List<Map<String, String>> list = new ArrayList<>();
        for (PersonName name : names) {
            Map<String, String> json = new LinkedHashMap<>();
            if (name.isOrganisation()) {
                json.put("literal", marked(label, name.literal()));
            } else {
                json.put("family", marked(label, name.family()));
                if (name.given() != null) {
                    json.put("given", name.given());
                }
            }
            list.add(json);
        }
        return list;
    }

    private static String marked(TokenLabel label, String value) {
        char open = (char) (FIRST_MARK + 2 * label.ordinal());
        return open + value + (char) (open + 1);
    }

    private static Rendering decode(String style, String rendered, KnownReference reference) {
        StringBuilder text = new StringBuilder(rendered.length());
        List<Integer> labels = new ArrayList<>(rendered.length());
        int label = TokenLabel.OTHER.ordinal();
        for (int i = 0; i < rendered.length(); i++) {
            char c = rendered.charAt(i);
            int mark = c - FIRST_MARK;
            if (mark >= 0 && mark < 2 * TokenLabel.ALL.size()) {
                label = mark % 2 == 0 ? mark / 2 : TokenLabel.OTHER.ordinal();
            } else {
                text.append(c);
                labels.add(label);
            }
        }
        int[] by = labels.stream().mapToInt(Integer::intValue).toArray();
        Map<String, String> shown = new LinkedHashMap<>();
        String number = reference.fields().get("number");
        if (number != null) {
            // The processor reads a number as a range and sets its hyphens as en dashes; the value is put back.
            String dashes = String.join(
                    "[-–]",
                    java.util.Arrays.stream(number.split("-", -1))
                            .map(Pattern::quote)
                            .toList());
            find(text, by, Pattern.compile("(?<![\\w.])" + dashes + "(?![\\w])"), TokenLabel.NUMBER, shown);
            int at = shown.containsKey("number") ? text.indexOf(shown.get("number")) : -1;
            if (at >= 0 && by[at] == TokenLabel.NUMBER.ordinal()) {
                text.replace(at, at + number.length(), number);
                shown.put("number", number);
            }
        }
        String year = reference.fields().get("issued");
        if (year != null) {
            find(text, by, Pattern.compile("(?<!\\d)" + year + "(?!\\d)"), TokenLabel.ISSUED, shown);
        }
        String page = reference.fields().get("page");
        if (page != null) {
            String first = page.split("[-–]", 2)[0].strip();
            Pattern pages =
                    Pattern.compile("(?<![\\w.])" + Pattern.quote(first) + "(?:\\s*[-–—]\\s*[\\w.]+)?(?![\\w])");
            find(text, by, pages, TokenLabel.PAGE, shown);
        }
        List<PersonName> authors = NameSpans.mark(text, by, reference.authors(), TokenLabel.AUTHOR);
        List<PersonName> editors = NameSpans.mark(text, by, reference.editors(), TokenLabel.EDITOR);
        List<TeiCorpus.Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= by.length; i++) {
            if (i == by.length || by[i] != by[start]) {
                String field = TokenLabel.ALL.get(by[start]).csl();
                String value = text.substring(start, i);
                segments.add(new TeiCorpus.Segment(value, field));
                if (MARKED.contains(field)) {
                    shown.putIfAbsent(field, value);
                }
                start = i;
            }
        }
        return new Rendering(
                style, text.toString(), segments, new KnownReference(reference.type(), authors, editors, shown));
    }

    /** Labels the first unlabelled match of the pattern, and keeps what it matched as the field's shown value. */
    private static void find(
            CharSequence text, int[] by, Pattern pattern, TokenLabel label, Map<String, String> shown) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            boolean free = true;
            for (int i = m.start(); i < m.end() && free; i++) {
                free = by[i] == TokenLabel.OTHER.ordinal();
            }
            if (free) {
                for (int i = m.start(); i < m.end(); i++) {
                    by[i] = label.ordinal();
                }
                shown.put(label.csl(), m.group());
                return;
            }
        }
    }

    /** The one item the processor is asked for at a time. */
    private static final class CurrentItem implements ItemDataProvider {
        static final String ID = "reference";
        CSLItemData item;

        @Override
        public CSLItemData retrieveItem(String id) {
            return item;
        }

        @Override
        public java.util.Collection<String> getIds() {
            return List.of(ID);
        }
    }
}
