package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives the journal back the head the model read as one more author, in a physics style that lists authors
 * initials first and prints no title ("A. Connes, | Compt. Rend. | Hebd. Seances …", "A. Mielke, | J. | Phys. A"):
 * after the list's last comma, a lone initial or an abbreviation and a word, closed by a stop and followed straight
 * by the journal, are the journal's. An initial and a word stay a name: Science's list ends "…, E. Bach. Nucl.
 * Phys. B" as "N. Shimozawa, J. Inherit. Metab. Dis." does.
 */
final class JournalAfterInitials {
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** An abbreviation that opens a journal's name: longer than a person's two-letter initial ("Ch.", "Yu."). */
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}\\p{Ll}{3,}");

    private static final int AUTHOR = TokenLabel.AUTHOR.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();

    private JournalAfterInitials() {}

    /** Relabels, in {@code labels}, the journal's head at the end of the first author run. */
    static void settle(List<Token> tokens, int[] labels) {
        int[] authors = TokenLabel.AUTHOR.firstRun(labels);
        if (authors == null
                || Arrays.stream(labels).anyMatch(l -> l == TokenLabel.TITLE.ordinal())
                || !initial(tokens, authors[0])) {
            return;
        }
        int stop = authors[1];
        if (!tokens.get(stop).text().equals(".")) {
            stop++;
            if (stop >= tokens.size()
                    || labels[stop] != OTHER
                    || !tokens.get(stop).text().equals(".")) {
                return;
            }
        }
        if (stop + 1 >= tokens.size() || labels[stop + 1] != CONTAINER) {
            return;
        }
        int comma = stop - 1;
        while (comma > authors[0] && !tokens.get(comma).text().equals(",")) {
            comma--;
        }
        if (comma <= authors[0] || !head(tokens.subList(comma + 1, stop))) {
            return;
        }
        labels[comma] = OTHER;
        Arrays.fill(labels, comma + 1, stop + 1, CONTAINER);
    }

    private static boolean initial(List<Token> tokens, int at) {
        return at + 1 < tokens.size()
                && INITIAL.matcher(tokens.get(at).text()).matches()
                && tokens.get(at + 1).text().equals(".");
    }

    /** Whether the words are "J" or "Compt. Rend": a journal's head, not a person's name. */
    private static boolean head(List<Token> words) {
        if (words.size() == 1) {
            return INITIAL.matcher(words.get(0).text()).matches();
        }
        return words.size() == 3
                && words.get(1).text().equals(".")
                && WORD.matcher(words.get(2).text()).matches()
                && ABBREVIATION.matcher(words.get(0).text()).matches();
    }
}
