package org.scholarlod.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first and (when known) last page of an article, as printed: page "numbers" may be roman or prefixed. */
public record PageRange(String first, String last) {
    /** A page with a series' letters before its number: "S11", "e88". */
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z]+)(\\d+)");

    public PageRange {
        first = Checks.requiredText("pages.first", first);
        last = Checks.optionalText("pages.last", last);
    }

    /** Reads "25–38", "25-38" or "25"; an abbreviated last page is read whole ("1032–9" is 1032–1039). */
    public static PageRange parse(String text) {
        String[] parts = text.strip().split("\\s*[-–—]\\s*", 2);
        return new PageRange(parts[0], parts.length > 1 ? whole(parts[0], parts[1]) : null);
    }

    /**
     * The last page written whole: Vancouver and NLM styles drop the digits it shares with the first page
     * ("147-51"), so a shorter, smaller number of plain digits borrows the first page's leading digits; a first
     * page with letters before its number gives them to the last ("S11-8" is S11-S18).
     */
    public static String whole(String first, String last) {
        Matcher prefixed = PREFIXED.matcher(first);
        if (prefixed.matches() && last.matches("\\d+")) {
            // "S11-8" is S11-S18, "e88-93" is e88-e93: the last page keeps the first's letters.
            String whole = whole(prefixed.group(2), last);
            return whole.equals(last) && Long.parseLong(last) <= Long.parseLong(prefixed.group(2))
                    ? last
                    : prefixed.group(1) + whole;
        }
        if (first.matches("\\d+") && last.matches("\\d+") && last.length() < first.length()) {
            String expanded = first.substring(0, first.length() - last.length()) + last;
            if (Long.parseLong(expanded) > Long.parseLong(first)) {
                return expanded;
            }
        }
        return last;
    }

    @Override
    public String toString() {
        return last == null ? first : first + "–" + last;
    }
}
