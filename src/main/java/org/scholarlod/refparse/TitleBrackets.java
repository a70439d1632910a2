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

    private TitleBrackets() {}

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
