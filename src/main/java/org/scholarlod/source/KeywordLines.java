package org.scholarlod.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits keyword lines: one keyword a line, or several on a line separated by NO-BREAK SPACE, ";", "·", "•",
 * "|" or ",". A line of several words with none of these may be one keyword or many; where a lower-case word
 * is followed by a capitalised one ("Moral luck Fairness Blame") it is many, and where they end cannot be
 * told, so the line is left out with a warning rather than split by guess.
 */
final class KeywordLines {
    private static final Pattern BOUNDARY = Pattern.compile("\\p{Ll}[\\p{L}\\d)-]*\\s+\\p{Lu}");

    final List<String> keywords;
    final List<String> warnings = new ArrayList<>();

    KeywordLines(String source, List<String> lines) {
        Set<String> found = new LinkedHashSet<>();
        for (String line : lines) {
            String separator = separator(line, lines.size());
            if (separator == null
                    && lines.size() == 1
                    && BOUNDARY.matcher(Text.collapse(line)).find()) {
                warnings.add(source + ": keywords '" + Text.collapse(line) + "' left out: separated by plain spaces,"
                        + " so where one keyword ends cannot be told");
                continue;
            }
            for (String keyword : separator == null ? new String[] {line} : line.split(separator)) {
                String k = Text.collapse(keyword).replaceAll("[.;,]$", "");
                if (!k.isEmpty() && !PageLines.isChrome(k)) {
                    found.add(k);
                }
            }
        }
        keywords = List.copyOf(found);
    }

    /** True when the line separates keywords in a way that can be read: the unheaded older layout's test. */
    static boolean hasSeparators(String line) {
        return separator(line, 1) != null;
    }

    private static String separator(String line, int lineCount) {
        if (line.indexOf('\u00A0') >= 0) {
            return "\u00A0";
        }
        for (String s : new String[] {";", "·", "•", "|"}) {
            if (line.contains(s)) {
                return Pattern.quote(s);
            }
        }
        return lineCount == 1 && line.contains(",") ? "," : null;
    }
}
