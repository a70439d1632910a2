package org.scholarlod.refparse;

import java.util.List;
import java.util.Set;

/**
 * Gives a reference the model found no date in the year it left standing alone ("… with BWA-MEM. arXiv. 2013.") or
 * put at the end of the journal's name before the volume ("EMBnet.journal 2011. 17(1): p. 3.").
 */
final class LoneYear {
    /** What may stand beside a year that is a field of its own. */
    private static final Set<String> SETTING = Set.of(".", ",", ";", ":", "(", ")", "[", "]");

    private static final int ISSUED = TokenLabel.ISSUED.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();
    private static final int VOLUME = TokenLabel.VOLUME.ordinal();

    private LoneYear() {}

    /** Relabels, in {@code labels}, the one year a reference with no date labelled shows as a field of its own. */
    static void settle(List<Token> tokens, int[] labels) {
        int found = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (!Dates.isYear(tokens.get(k).text())) {
                continue;
            }
            if (labels[k] == ISSUED) {
                return;
            }
            boolean alone = labels[k] == OTHER && set(tokens, k - 1) && set(tokens, k + 1) && !identifier(tokens, k);
            boolean endsJournal = labels[k] == CONTAINER
                    && k > 0
                    && labels[k - 1] == CONTAINER
                    && k + 2 < tokens.size()
                    && labels[k + 1] != CONTAINER
                    && set(tokens, k + 1)
                    && labels[k + 2] == VOLUME;
            if (alone || endsJournal) {
                if (found >= 0) {
                    return;
                }
                found = k;
            }
        }
        if (found >= 0) {
            labels[found] = ISSUED;
        }
    }

    /** Whether the number is part of an identifier, its punctuation touching both sides: "arXiv:1606.00608". */
    private static boolean identifier(List<Token> tokens, int k) {
        return k + 2 < tokens.size()
                        && tokens.get(k + 1).start() == tokens.get(k).end()
                        && tokens.get(k + 2).start() == tokens.get(k + 1).end()
                        && Character.isDigit(tokens.get(k + 2).text().charAt(0))
                || k > 0
                        && tokens.get(k - 1).text().equals(":")
                        && tokens.get(k - 1).end() == tokens.get(k).start();
    }

    private static boolean set(List<Token> tokens, int k) {
        return k < 0 || k >= tokens.size() || SETTING.contains(tokens.get(k).text());
    }
}
