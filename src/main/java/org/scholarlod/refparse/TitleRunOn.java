package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives a journal's name back the head the title ran on into ("… (Amazonas, Brazil). Memórias do Instituto |
 * Oswaldo Cruz 91"): where a title runs straight into the journal's name, its last sentence after a whole word's
 * stop is the name's.
 */
final class TitleRunOn {
    /** A single letter: an initial's stop ("R. Scuola superiore") ends no sentence. */
    private static final Pattern INITIAL = Pattern.compile("\\p{L}");

    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();

    private TitleRunOn() {}

    /**
     * Relabels, in {@code labels}, the end of the first title run that the container run touches on the same line
     * of {@code text} (a web page's list puts the title and the journal on lines of their own).
     */
    static void split(String text, List<Token> tokens, int[] labels) {
        int[] title = TokenLabel.TITLE.firstRun(labels);
        if (title == null
                || title[1] + 1 >= labels.length
                || labels[title[1] + 1] != CONTAINER
                || text.substring(
                                tokens.get(title[1]).end(),
                                tokens.get(title[1] + 1).start())
                        .contains("\n")) {
            return;
        }
        int depth = 0;
        int stop = -1;
        for (int k = title[0]; k < title[1]; k++) {
            String word = tokens.get(k).text();
            if (word.equals("(") || word.equals("[")) {
                depth++;
            } else if (word.equals(")") || word.equals("]")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0
                    && word.equals(".")
                    && k > title[0]
                    && !INITIAL.matcher(tokens.get(k - 1).text()).matches()
                    && Character.isUpperCase(tokens.get(k + 1).text().codePointAt(0))) {
                stop = k;
            }
        }
        if (stop > 0) {
            labels[stop] = OTHER;
            Arrays.fill(labels, stop + 1, title[1] + 1, CONTAINER);
        }
    }
}
