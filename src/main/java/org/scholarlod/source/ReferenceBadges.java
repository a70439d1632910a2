package org.scholarlod.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the link badges ("CrossRef", "Google Scholar", "PubMed" …) that publisher pages glue to the end
 * of each reference, and recognises lines that hold nothing but badges.
 */
final class ReferenceBadges {
    /** Longest first, so that "PubMed Central" wins over "PubMed" and "zbMATH" over "MATH". */
    private static final List<String> BADGES = List.of(
            "PubMed Central",
            "Web of Science",
            "Google Scholar",
            "MathSciNet",
            "CrossRef",
            "Crossref",
            "Article",
            "Chapter",
            "Book",
            "zbMATH",
            "PubMed",
            "MATH",
            "CAS",
            "ADS");

    private ReferenceBadges() {}

    /** The reference text with trailing badges removed; unchanged when what ends it is a real word. */
    static String strip(String reference) {
        String text = reference.stripTrailing();
        int cut = badgeRunStart(text);
        return cut < 0 ? text : text.substring(0, cut).stripTrailing();
    }

    /** True when the line is made of badges only, as in the newer layout's "Article  Google Scholar" lines. */
    static boolean isBadgeLine(String line) {
        return badgeRunStart(line.strip()) == 0;
    }

    /**
     * Where the run of badges that ends the text starts, or -1. A badge counts when it is glued to what
     * precedes it or follows punctuation; a badge word after a space and a letter ("… Research Article")
     * is text, so the run is shortened from the left until its start is such a place.
     */
    private static int badgeRunStart(String text) {
        List<Integer> starts = new ArrayList<>();
        int end = text.length();
        int start;
        while ((start = badgeEndingAt(text, end)) >= 0) {
            starts.add(start);
            end = start;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        for (int i = starts.size() - 1; i >= 0; i--) {
            if (isBadgeBoundary(text, starts.get(i))) {
                return starts.get(i);
            }
        }
        return -1;
    }

    private static boolean isBadgeBoundary(String text, int start) {
        if (start == 0 || !Character.isWhitespace(text.charAt(start - 1))) {
            return true;
        }
        int before = start;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        return before == 0 || !Character.isLetter(text.charAt(before - 1));
    }

    private static int badgeEndingAt(String text, int end) {
        for (String badge : BADGES) {
            int start = end - badge.length();
            if (start >= 0 && text.startsWith(badge, start)) {
                return start;
            }
        }
        return -1;
    }
}
