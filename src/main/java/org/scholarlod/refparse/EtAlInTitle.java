package org.scholarlod.refparse;

import java.util.List;
import java.util.Locale;

/**
 * Gives the author list back its last names the model read as the title when they end in "et al" ("Wolter
 * Hermann, | Zhang Yingxun etal .,Phys .Rev .C"): a title does not end that way, a list that stops short does.
 */
final class EtAlInTitle {
    /** The most words a name and its "et al" take. */
    private static final int LONGEST = 6;

    private static final int AUTHOR = TokenLabel.AUTHOR.ordinal();
    private static final int TITLE = TokenLabel.TITLE.ordinal();

    private EtAlInTitle() {}

    /** Relabels, in {@code labels}, a title run after the authors and a comma that ends in "et al". */
    static void settle(List<Token> tokens, int[] labels) {
        int[] title = TokenLabel.TITLE.firstRun(labels);
        if (title == null
                || title[0] < 2
                || labels[title[0] - 2] != AUTHOR
                || !tokens.get(title[0] - 1).text().equals(",")
                || title[1] - title[0] >= LONGEST
                || !endsWithEtAl(tokens, title[1])) {
            return;
        }
        for (int k = title[0] - 1; k <= title[1]; k++) {
            labels[k] = AUTHOR;
        }
    }

    private static boolean endsWithEtAl(List<Token> tokens, int last) {
        String word = tokens.get(last).text().toLowerCase(Locale.ROOT);
        return word.equals("etal")
                || word.equals("al") && last > 0 && tokens.get(last - 1).text().equalsIgnoreCase("et");
    }
}
