package org.scholarlod.refparse;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives the last author back the family name the model read as the journal's first word, in a list that writes
 * initials first ("P.F. Smith and J.D. | Lewin. Phys. Rep. 187"): a name of initials alone is not a name there,
 * and the capitalised word right after it, closed by a stop, is its family name.
 */
final class FamilyBeforeJournal {
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Set<String> SEPARATORS = Set.of(",", ";", "&", "and");

    private static final int AUTHOR = TokenLabel.AUTHOR.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();

    private FamilyBeforeJournal() {}

    /** Relabels, in {@code labels}, a family name the journal's run begins with. */
    static void settle(List<Token> tokens, int[] labels) {
        int[] authors = TokenLabel.AUTHOR.firstRun(labels);
        if (authors == null
                || authors[1] + 3 >= tokens.size()
                || !INITIAL.matcher(tokens.get(authors[0]).text()).matches()
                || !tokens.get(authors[0] + 1).text().equals(".")
                || !initialsOnly(tokens, authors)) {
            return;
        }
        int family = authors[1] + 1;
        if (labels[family] == CONTAINER
                && labels[family + 1] == CONTAINER
                && labels[family + 2] == CONTAINER
                && WORD.matcher(tokens.get(family).text()).matches()
                && tokens.get(family + 1).text().equals(".")
                && tokens.get(family).start() > tokens.get(authors[1]).end()) {
            labels[family] = AUTHOR;
            labels[family + 1] = OTHER;
        }
    }

    /** Whether the list's last name, after its last separator, is initials and their stops alone. */
    private static boolean initialsOnly(List<Token> tokens, int[] authors) {
        if (!tokens.get(authors[1]).text().equals(".")) {
            return false;
        }
        int k = authors[1];
        while (k > authors[0] && !SEPARATORS.contains(tokens.get(k).text())) {
            String text = tokens.get(k).text();
            if (!text.equals(".") && !text.equals("-") && !INITIAL.matcher(text).matches()) {
                return false;
            }
            k--;
        }
        return k > authors[0];
    }
}
