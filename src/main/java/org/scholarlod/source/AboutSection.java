package org.scholarlod.source;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "About this article" / "About this chapter": labelled values ("DOI", "Issue Date", "Print ISBN", …), each on
 * the label's line ("DOI: https://…", "DOI https://…") or on the line below it, and the "Cite this …" text.
 */
final class AboutSection {
    private static final List<String> LABELS = List.of(
            "issue date",
            "publisher name",
            "print isbn",
            "online isbn",
            "ebook packages",
            "first online",
            "published",
            "received",
            "accepted",
            "revised",
            "doi");
    private static final Pattern CITATION_YEAR = Pattern.compile("\\(((?:19|20)\\d{2})[a-z]?\\)");

    private final Map<String, String> values = new HashMap<>();
    private String citation;

    AboutSection(List<PageLine> lines) {
        String waiting = null;
        for (PageLine line : lines) {
            String text = line.text();
            if (text.isEmpty()) {
                continue;
            }
            if (waiting != null) {
                values.putIfAbsent(waiting, text);
                waiting = null;
                continue;
            }
            String label = label(text);
            if (label != null) {
                String value = text.substring(label.length()).replaceFirst("^\\s*:?\\s*", "");
                if (value.isEmpty()) {
                    waiting = label;
                } else {
                    values.putIfAbsent(label, value);
                }
            } else if (citation == null && CITATION_YEAR.matcher(text).find() && !PageLines.isChrome(text)) {
                citation = text;
            }
        }
    }

    /** The value printed for a label (lower case, as in {@link #LABELS}), or null. */
    String value(String label) {
        return values.get(label);
    }

    /** The text Springer gives under "Cite this article/chapter", or null. */
    String citation() {
        return citation;
    }

    /** The year in parentheses of the "Cite this …" text, which Springer prints as the year of publication. */
    String citationYear() {
        if (citation == null) {
            return null;
        }
        Matcher m = CITATION_YEAR.matcher(citation);
        return m.find() ? m.group(1) : null;
    }

    private static String label(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String label : LABELS) {
            if (lower.startsWith(label)
                    && (lower.length() == label.length() || !Character.isLetterOrDigit(lower.charAt(label.length())))) {
                return label;
            }
        }
        return null;
    }
}
