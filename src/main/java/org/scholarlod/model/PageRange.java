package org.scholarlod.model;

/** The first and (when known) last page of an article, as printed: page "numbers" may be roman or prefixed. */
public record PageRange(String first, String last) {
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
     * ("147-51"), so a shorter, smaller number of plain digits borrows the first page's leading digits.
     */
    public static String whole(String first, String last) {
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
