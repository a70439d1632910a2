package org.scholarlod.refparse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives the title back the words the model kept in the author list after its last name ("…, Hsieh, A. L. & Dang,
 * C. V. | MYC, Metabolism, and Cancer."): after the word that closes a list, a name written "Family, I. I." is whole
 * at its last initial, and the words after it open the title.
 */
final class TitleAfterLastAuthor {
    private static final Set<String> CLOSING = Set.of("&", "and");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}");
    private static final Pattern FAMILY_WORD = Pattern.compile("\\p{Lu}\\p{L}+|[-'’]");

    private TitleAfterLastAuthor() {}

    /** Relabels, in {@code labels}, the words after the last name's initials that end the first author run. */
    static void settle(List<Token> tokens, int[] labels) {
        int[] run = TokenLabel.AUTHOR.firstRun(labels);
        if (run == null) {
            return;
        }
        int closing = run[1];
        while (closing > run[0] && !CLOSING.contains(tokens.get(closing).text().toLowerCase(Locale.ROOT))) {
            closing--;
        }
        int k = closing + 1;
        if (closing == run[0]
                || k > run[1]
                || !FAMILY_WORD.matcher(tokens.get(k).text()).matches()) {
            return;
        }
        while (k <= run[1] && FAMILY_WORD.matcher(tokens.get(k).text()).matches()) {
            k++;
        }
        if (k > run[1] || !tokens.get(k).text().equals(",")) {
            return;
        }
        k++;
        int initials = 0;
        while (k + 1 < tokens.size()
                && k <= run[1]
                && INITIAL.matcher(tokens.get(k).text()).matches()
                && (tokens.get(k + 1).text().equals(".")
                        || tokens.get(k + 1).text().equals("-"))) {
            k += 2;
            initials++;
        }
        if (initials > 0 && k <= run[1] && titleWord(tokens.get(k).text())) {
            AuthorListEnd.moveToTitle(tokens, labels, k, run[1]);
        }
    }

    /** A word that may open a title: not an initial, nor a particle or suffix that ends a name ("da", "Jr"). */
    private static boolean titleWord(String word) {
        return word.length() > 1
                && Character.isLetter(word.charAt(0))
                && !NameFeatures.PARTICLES.contains(word.toLowerCase(Locale.ROOT))
                && !NameFeatures.SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
    }
}
