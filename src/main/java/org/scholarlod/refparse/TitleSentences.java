package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** A part's number in a series of papers: roman, or one to three digits. */
    private static final Pattern PART_NUMBER = Pattern.compile("[IVXL]{1,6}|\\d{1,3}");

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

    /**
     * Relabels, in {@code labels}, a part's number the model took for the container between two title sentences
     * ("Studies on curcumin and curcuminoids. | VIII | . Photochemical stability of curcumin. Z Lebensm …"): a
     * series of papers numbers its parts inside the title, and {@link #join} then makes it one title; so is one the
     * journal begins with after the title's last sentence ("Quantum inverse problem. | I, Theor. Math. Phys.").
     */
    static void partNumbers(List<Token> tokens, int[] labels) {
        for (int k = 2; k + 2 < labels.length; k++) {
            if (labels[k] == CONTAINER
                    && labels[k - 1] == OTHER
                    && labels[k + 1] == OTHER
                    && labels[k - 2] == TITLE
                    && labels[k + 2] == TITLE
                    && tokens.get(k - 1).text().equals(".")
                    && tokens.get(k + 1).text().equals(".")
                    && PART_NUMBER.matcher(tokens.get(k).text()).matches()) {
                labels[k] = TITLE;
            }
            if (labels[k] == CONTAINER
                    && labels[k - 1] == OTHER
                    && labels[k - 2] == TITLE
                    && labels[k + 1] == CONTAINER
                    && labels[k + 2] == CONTAINER
                    && tokens.get(k - 1).text().equals(".")
                    && tokens.get(k + 1).text().equals(",")
                    && PART_NUMBER.matcher(tokens.get(k).text()).matches()) {
                labels[k - 1] = TITLE;
                labels[k] = TITLE;
                labels[k + 1] = OTHER;
            }
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
