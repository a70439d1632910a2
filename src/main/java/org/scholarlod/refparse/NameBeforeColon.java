package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives the author list back its last name where the model began the title with it, in the style that closes the
 * list with a colon ("…, Skarnes WC, | Tessier-Lavigne M: Netrin-1 is …", "Iqbal K, Grundke-Iqbal | I: Developing
 * …", "Wynn-Parry CB: Pain in …"): a hyphenated family name is what the model most often cuts there. The words
 * before the title's first colon are a name when they are a family name, hyphens and particles allowed, and its
 * initials in capitals after a list whose last name also ends in such initials, or the initials alone right after
 * the list.
 */
final class NameBeforeColon {
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,3}");
    private static final Pattern FAMILY = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** At most this many tokens make the name: "Heimer de la Cotera EP", "Goldschmidt - Clermont PJ". */
    private static final int NAME_TOKENS = 8;

    private static final int AUTHOR = TokenLabel.AUTHOR.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();

    private NameBeforeColon() {}

    /** Relabels, in {@code labels}, the name that opens the first title run before a colon. */
    static void settle(List<Token> tokens, int[] labels) {
        int[] title = TokenLabel.TITLE.firstRun(labels);
        if (title == null || title[1] == title[0]) {
            return;
        }
        int colon = title[0] + 1;
        while (colon < title[1]
                && colon - title[0] <= NAME_TOKENS
                && !tokens.get(colon).text().equals(":")) {
            colon++;
        }
        if (!tokens.get(colon).text().equals(":")
                || !INITIALS.matcher(tokens.get(colon - 1).text()).matches()) {
            return;
        }
        boolean glued = title[0] > 0 && labels[title[0] - 1] == AUTHOR;
        boolean afterComma = title[0] > 1
                && tokens.get(title[0] - 1).text().equals(",")
                && labels[title[0] - 2] == AUTHOR
                && INITIALS.matcher(tokens.get(title[0] - 2).text()).matches();
        boolean first = title[0] == 0;
        if (glued ? colon - title[0] == 1 : (afterComma || first) && family(tokens.subList(title[0], colon - 1))) {
            Arrays.fill(labels, title[0], colon, AUTHOR);
            labels[colon] = OTHER;
        }
    }

    /** Whether the words are a family name: capitalised words, particles and hyphens, a capitalised word first. */
    private static boolean family(List<Token> words) {
        if (words.isEmpty() || !FAMILY.matcher(words.get(0).text()).matches()) {
            return false;
        }
        for (Token word : words) {
            String text = word.text();
            if (!FAMILY.matcher(text).matches() && !NameFeatures.PARTICLES.contains(text) && !text.equals("-")) {
                return false;
            }
        }
        return true;
    }
}
