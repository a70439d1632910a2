package org.scholarlod.model;

/** The first and (when known) last page of an article, as printed: page "numbers" may be roman or prefixed. */
public record PageRange(String first, String last) {
    public PageRange {
        first = Checks.requiredText("pages.first", first);
        last = Checks.optionalText("pages.last", last);
    }

    /** Reads "25–38", "25-38" or "25". */
    public static PageRange parse(String text) {
        String[] parts = text.strip().split("\\s*[-–—]\\s*", 2);
        return new PageRange(parts[0], parts.length > 1 ? parts[1] : null);
    }

    @Override
    public String toString() {
        return last == null ? first : first + "–" + last;
    }
}
