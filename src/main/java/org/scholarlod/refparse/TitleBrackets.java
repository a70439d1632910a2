package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;

/**
 * Gives back to a title what the model read as other fields between it and the stop right before the journal's
 * name, when that ends in brackets ("… Anthocoris nemorum (L.) | (Anthocoridae, Hemiptera) | . Hereditas 105", "…
 * Inner Mongolia, China (Insecta: Dermaptera). Acta"): taxonomists' group names and authorities are the title's.
 */
final class TitleBrackets {
    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();
    private static final int PLACE = TokenLabel.PUBLISHER_PLACE.ordinal();
    /** At most this many tokens stand inside brackets glued to a word ("SU(5)", "Fe(III)", "Sp(2n,R)"). */
    private static final int GLUED_WORDS = 5;

    private TitleBrackets() {}

    /**
     * Relabels, in {@code labels}, brackets standing inside a title ("… from Cordia L. (Cordiaceae; Boraginales) to
     * the synonymy …"): what the title's words stand on both sides of is the title's.
     */
    static void inside(List<Token> tokens, int[] labels) {
        for (int open = 1; open < tokens.size(); open++) {
            int before = open - 1;
            if (before > 0 && tokens.get(before).text().equals(".")) {
                // An abbreviation's stop inside the title: "Cordia L. (Cordiaceae)".
                before--;
            }
            if (!tokens.get(open).text().equals("(") || labels[before] != TITLE) {
                continue;
            }
            int close = open + 1;
            while (close < tokens.size()
                    && !tokens.get(close).text().equals(")")
                    && !tokens.get(close).text().equals("(")) {
                close++;
            }
            if (close + 1 < tokens.size()
                    && tokens.get(close).text().equals(")")
                    && labels[close + 1] == TITLE
                    && !imprint(tokens, labels, open, close)) {
                Arrays.fill(labels, before + 1, close + 1, TITLE);
            }
        }
    }

    /**
     * Relabels, in {@code labels}, brackets glued to a word of the first title ("… Supersymmetry and SU(5), Nucl.
     * Phys."): a group's name or a charge is the word's, not an issue; a year stays the date.
     */
    static void glued(List<Token> tokens, int[] labels) {
        int[] title = TokenLabel.TITLE.firstRun(labels);
        if (title == null) {
            return;
        }
        for (int open = title[0] + 1; open <= title[1] + 1 && open + 2 < tokens.size(); open++) {
            if (!tokens.get(open).text().equals("(")
                    || labels[open - 1] != TITLE
                    || !Character.isLetter(tokens.get(open - 1).text().codePointAt(0))
                    || tokens.get(open).start() != tokens.get(open - 1).end()) {
                continue;
            }
            int close = open + 1;
            while (close < tokens.size()
                    && close - open <= GLUED_WORDS
                    && !tokens.get(close).text().equals(")")) {
                close++;
            }
            if (close < tokens.size()
                    && tokens.get(close).text().equals(")")
                    && close > open + 1
                    && (close - open > 2 || !Dates.isYear(tokens.get(open + 1).text()))) {
                Arrays.fill(labels, open, close + 1, TITLE);
            }
        }
    }

    /** Whether brackets hold a place before a colon: a book's imprint, "(Reading, MA: Benjamin)". */
    private static boolean imprint(List<Token> tokens, int[] labels, int open, int close) {
        for (int k = open; k < close; k++) {
            if (labels[k] == PLACE
                    && tokens.subList(k, close).stream().anyMatch(t -> t.text().equals(":"))) {
                return true;
            }
        }
        return false;
    }

    /** Relabels, in {@code labels}, the bracketed end of the first title run that the journal's name follows. */
    static void rejoin(List<Token> tokens, int[] labels) {
        int[] title = TokenLabel.TITLE.firstRun(labels);
        if (title == null) {
            return;
        }
        int depth = 0;
        for (int k = title[0]; k < tokens.size(); k++) {
            String text = tokens.get(k).text();
            if (text.equals("(")) {
                depth++;
            } else if (text.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && k > title[1] && text.equals(".")) {
                if (k + 1 < tokens.size() && tokens.get(k + 1).text().equals("(")) {
                    // An abbreviation's stop ("Cimex sp. (Heteroptera, Cimicidae)"): the brackets go on.
                    continue;
                }
                if (k + 1 < tokens.size()
                        && labels[k + 1] == CONTAINER
                        && k - 1 > title[1]
                        && tokens.get(k - 1).text().equals(")")) {
                    Arrays.fill(labels, title[1] + 1, k, TITLE);
                }
                return;
            }
        }
    }
}
