package org.scholarlod.refparse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Leaves out a work's extent, which the model takes for its pages: "Leguminosas da Caatinga. Universidade …,
 * 467 p.", "202p. Tese (Doutorado …)". A number right before "p." counts the work's pages (CSL's
 * number-of-pages); it is not the pages cited.
 */
final class BookExtent {
    private static final Set<String> PAGES_WORDS = Set.of("p", "pp", "pages", "páginas", "pág", "f", "fl", "s", "с");
    private static final int PAGE = TokenLabel.PAGE.ordinal();
    private static final int VOLUME = TokenLabel.VOLUME.ordinal();

    private BookExtent() {}

    /** Relabels, in {@code labels}, a page run of one number that "p." follows. */
    static void leaveOut(List<Token> tokens, int[] labels) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            boolean first = labels[i] == PAGE
                    && (i == 0 || labels[i - 1] != PAGE)
                    && tokens.get(i).text().chars().allMatch(Character::isDigit);
            String next = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
            boolean last = i + 2 >= tokens.size()
                    || labels[i + 2] != PAGE
                    || tokens.get(i + 2).text().equals(".");
            if (first && PAGES_WORDS.contains(next) && last && !afterPageMarker(tokens, i)) {
                for (int k = i; k < tokens.size() && labels[k] == PAGE; k++) {
                    labels[k] = TokenLabel.OTHER.ordinal();
                }
            } else if (labels[i] == VOLUME
                    && tokens.get(i).text().chars().allMatch(Character::isDigit)
                    && PAGES_WORDS.contains(next)
                    && extentEnds(tokens, i + 2)) {
                // "… Turrialba, Costa Rica. 85p.": no volume either, when nothing cited follows the "p.".
                labels[i] = TokenLabel.OTHER.ordinal();
            }
        }
    }

    /** Whether the extent's "p" closes a sentence that no number follows ("85p.", "85 p. Tese"), at {@code k}. */
    private static boolean extentEnds(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).text().equals(".")) {
            k++;
        }
        return k >= tokens.size() || !Character.isDigit(tokens.get(k).text().charAt(0));
    }

    /** "p. 26S": a number after a page marker is a page cited, whatever follows it. */
    private static boolean afterPageMarker(List<Token> tokens, int i) {
        int k = i - 1;
        if (k >= 0 && tokens.get(k).text().equals(".")) {
            k--;
        }
        return k >= 0 && PAGES_WORDS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
    }
}
