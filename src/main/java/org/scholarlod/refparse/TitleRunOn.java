package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives a journal's name back the head the title ran on into ("… (Amazonas, Brazil). Memórias do Instituto |
 * Oswaldo Cruz 91", "… in the axon? Nat | Neurosci"): where a title runs straight into the journal's name, its
 * last sentence after a whole word's stop, or a few capitalised words after a question, are the name's.
 */
final class TitleRunOn {
    /** A single letter: an initial's stop ("R. Scuola superiore") ends no sentence. */
    private static final Pattern INITIAL = Pattern.compile("\\p{L}");

    /**
     * A word in lower case throughout, which a journal's name rarely opens with ("npj Digital Medicine" does, and
     * loses it to a title that runs on into it).
     */
    private static final Pattern LOWERCASE = Pattern.compile("\\p{Ll}{2,}");

    /** What ends a title's sentence, so that a title ending in one is whole. */
    private static final Set<String> SENTENCE_END = Set.of(".", "?", "!");
    /** At most this many words open a journal's name after a question. */
    private static final int HEAD_WORDS = 4;

    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();

    private TitleRunOn() {}

    /**
     * Relabels, in {@code labels}, the end of the first title run that the container run touches, on the same line
     * of {@code text} or across a break when the title does not start its line: a web page's list puts the title
     * and the journal on lines of their own, a PDF wraps anywhere.
     */
    static void split(String text, List<Token> tokens, int[] labels) {
        int[] title = TokenLabel.TITLE.firstRun(labels);
        if (title == null
                || title[1] + 1 >= labels.length
                || labels[title[1] + 1] != CONTAINER
                || text.substring(
                                        tokens.get(title[1]).end(),
                                        tokens.get(title[1] + 1).start())
                                .contains("\n")
                        && startsALine(text, tokens.get(title[0]).start())) {
            return;
        }
        if (SENTENCE_END.contains(tokens.get(title[1]).text())) {
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
                    && Character.isUpperCase(tokens.get(k + 1).text().codePointAt(0))
                    && (word.equals(".")
                                    && k > title[0]
                                    && !INITIAL.matcher(tokens.get(k - 1).text())
                                            .matches()
                            || word.equals("?") && k > title[0] && journalHead(tokens, k + 1, title[1]))) {
                stop = k;
            }
        }
        if (stop >= 0) {
            // A question mark is the title's own; a full stop only parts the title from the journal.
            labels[stop] = tokens.get(stop).text().equals("?") ? labels[stop] : OTHER;
            Arrays.fill(labels, stop + 1, title[1] + 1, CONTAINER);
        }
    }

    /**
     * Whether the words from {@code from} to {@code to} could open a journal's name after a question ended the
     * title ("… in the axon? Nat | Neurosci"): a few capitalised words, not the next sentence of a title.
     */
    private static boolean journalHead(List<Token> tokens, int from, int to) {
        if (to - from >= HEAD_WORDS) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            String word = tokens.get(k).text();
            if (!Character.isUpperCase(word.codePointAt(0)) && !word.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsALine(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        return text.substring(lineStart, at).isBlank();
    }

    /**
     * Relabels, in {@code labels}, the lowercase words a container run begins with where it touches the title ("…
     * along the light/dark | cycle Glia 70:89–105"): a journal's name opens with a capital, so they end the title.
     */
    static void lowercaseHead(List<Token> tokens, int[] labels) {
        int[] title = TokenLabel.TITLE.firstRun(labels);
        if (title == null || title[1] + 1 >= labels.length || labels[title[1] + 1] != CONTAINER) {
            return;
        }
        int k = title[1] + 1;
        while (k < labels.length
                && labels[k] == CONTAINER
                && LOWERCASE.matcher(tokens.get(k).text()).matches()) {
            k++;
        }
        if (k > title[1] + 1
                && k < labels.length
                && labels[k] == CONTAINER
                && Character.isUpperCase(tokens.get(k).text().codePointAt(0))) {
            Arrays.fill(labels, title[1] + 1, k, TokenLabel.TITLE.ordinal());
        }
    }
}
