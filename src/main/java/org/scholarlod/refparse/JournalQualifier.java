package org.scholarlod.refparse;

import java.util.List;
import java.util.Set;

/**
 * Keeps with a journal's name the place that MEDLINE adds in brackets to tell journals of one name apart
 * ("Rheumatology (Oxford)", "Int J Obes (Lond)", "Biology (Basel)"), where the model read the place as the
 * publisher's and the name as the publisher or the container: a capitalised word in brackets right after the name,
 * followed by the volume or the pages.
 */
final class JournalQualifier {
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();
    private static final int PUBLISHER = TokenLabel.PUBLISHER.ordinal();
    private static final int PLACE = TokenLabel.PUBLISHER_PLACE.ordinal();
    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final Set<Integer> NUMBERS =
            Set.of(TokenLabel.VOLUME.ordinal(), TokenLabel.ISSUE.ordinal(), TokenLabel.PAGE.ordinal());
    /** What may stand between the closing bracket and the number after it. */
    private static final Set<String> BETWEEN = Set.of(".", ",", ";", ":");

    private JournalQualifier() {}

    /** Relabels, in {@code labels}, a journal's name and its bracketed place as the container. */
    static void settle(List<Token> tokens, int[] labels) {
        int[] title = TokenLabel.TITLE.firstRun(labels);
        if (title == null) {
            return;
        }
        for (int open = title[1] + 2; open + 2 < tokens.size(); open++) {
            if (!tokens.get(open).text().equals("(")) {
                continue;
            }
            int close = open + 2;
            if (!tokens.get(close).text().equals(")")
                    || !capitalised(tokens.get(open + 1).text())) {
                return;
            }
            int name = open - 1;
            int label = labels[name];
            if (label != CONTAINER && label != PUBLISHER && label != PLACE) {
                return;
            }
            while (name > 0 && labels[name - 1] == label) {
                name--;
            }
            if (name <= title[1] || labels[open + 1] == TITLE || !numberAfter(tokens, labels, close + 1)) {
                return;
            }
            if (label != CONTAINER && elsewhere(labels, name, close)) {
                return;
            }
            for (int k = name; k <= close; k++) {
                labels[k] = CONTAINER;
            }
            return;
        }
    }

    private static boolean capitalised(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLetter(word.charAt(1));
    }

    /** Whether the volume, issue or pages follow, with at most a year and its punctuation before them. */
    private static boolean numberAfter(List<Token> tokens, int[] labels, int from) {
        for (int k = from; k < tokens.size() && k < from + 4; k++) {
            if (NUMBERS.contains(labels[k])
                    && Character.isDigit(tokens.get(k).text().charAt(0))) {
                return true;
            }
            if (labels[k] != TokenLabel.ISSUED.ordinal()
                    && !BETWEEN.contains(tokens.get(k).text())) {
                return false;
            }
        }
        return false;
    }

    /** Whether a container, publisher or place is labelled outside the name and its bracket. */
    private static boolean elsewhere(int[] labels, int from, int to) {
        for (int k = 0; k < labels.length; k++) {
            if ((k < from || k > to) && (labels[k] == CONTAINER || labels[k] == PUBLISHER || labels[k] == PLACE)) {
                return true;
            }
        }
        return false;
    }
}
