package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Joins a title the model split at a stop inside it ("On Proteaceae | . | The evolution and classification of a
 * southern family. Botanical Journal of The Linnean Society 70"): a reference has one title, so a second title
 * run that the journal still follows is the title's next sentence, not the container.
 */
final class TitleSentences {
    /** What may stand between two sentences of one title. */
    private static final Set<String> STOPS = Set.of(".", ":", "?", "!", ";", "–", "-");

    /** Marks that end a title's last sentence and are part of it. */
    private static final Set<String> MARKS = Set.of("?", "!");

    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();

    private TitleSentences() {}

    /** Relabels, in {@code labels}, the stops between title runs that a container run follows. */
    static void join(List<Token> tokens, int[] labels) {
        int[] title = TokenLabel.TITLE.firstRun(labels);
        int lastContainer = labels.length - 1;
        while (lastContainer >= 0 && labels[lastContainer] != CONTAINER) {
            lastContainer--;
        }
        if (title == null) {
            return;
        }
        int end = title[1];
        while (true) {
            int k = end + 1;
            while (k < labels.length
                    && k - end <= 2
                    && labels[k] == OTHER
                    && STOPS.contains(tokens.get(k).text())) {
                k++;
            }
            if (k == end + 1 || k >= labels.length || labels[k] != TITLE) {
                return;
            }
            int next = k;
            while (next + 1 < labels.length && labels[next + 1] == TITLE) {
                next++;
            }
            if (lastContainer <= next) {
                return;
            }
            Arrays.fill(labels, end + 1, k, TITLE);
            end = next;
        }
    }

    /** Gives a title the question or exclamation mark that ends it ("Taxonomy: Impediment or expedient?"). */
    static void keepMark(List<Token> tokens, int[] labels) {
        for (int k = 1; k < labels.length; k++) {
            if (labels[k - 1] == TITLE
                    && labels[k] == OTHER
                    && MARKS.contains(tokens.get(k).text())) {
                labels[k] = TITLE;
            }
        }
    }
}
