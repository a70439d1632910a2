package org.scholarlod.refparse;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives a year back the letter an author-date list adds to it ("Penev L et al. (2010a) Fast, linked …"), where the
 * model began the title with it, and leaves the bracket that closes the year out of the title.
 */
final class YearSuffix {
    private static final Pattern LETTER = Pattern.compile("[a-z]");
    /** What may follow a year's letter. */
    private static final Set<String> AFTER = Set.of(")", "]", ",", ".", ";", ":");

    private static final int ISSUED = TokenLabel.ISSUED.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int TITLE = TokenLabel.TITLE.ordinal();

    private YearSuffix() {}

    /** Relabels, in {@code labels}, a letter touching a year and the punctuation after it. */
    static void settle(List<Token> tokens, int[] labels) {
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token year = tokens.get(k - 1);
            Token letter = tokens.get(k);
            if (labels[k - 1] == ISSUED
                    && labels[k] != ISSUED
                    && year.end() == letter.start()
                    && Dates.isYear(year.text())
                    && LETTER.matcher(letter.text()).matches()
                    && AFTER.contains(tokens.get(k + 1).text())) {
                labels[k] = ISSUED;
                if (labels[k + 1] == TITLE) {
                    labels[k + 1] = OTHER;
                }
            }
        }
    }
}
