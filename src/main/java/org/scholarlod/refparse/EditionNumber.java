package org.scholarlod.refparse;

import java.util.List;

/**
 * Takes an edition the model read as a volume: "2.ed.", "4. ed.", "3rd edn", "2ª edição". The number right
 * before an edition word is the edition, which CSL keeps apart from the volume.
 */
final class EditionNumber {
    private static final int VOLUME = TokenLabel.VOLUME.ordinal();

    private EditionNumber() {}

    /** The edition, relabelled in {@code labels} as no field, or null when the reference states none that way. */
    static String take(List<Token> tokens, int[] labels) {
        for (int i = 0; i < tokens.size(); i++) {
            if (labels[i] != VOLUME
                    || (i > 0 && labels[i - 1] == VOLUME)
                    || !number(tokens.get(i).text())) {
                continue;
            }
            int k = i + 1;
            while (k < tokens.size()
                    && (tokens.get(k).text().equals(".") || tokens.get(k).text().equals("ª"))) {
                k++;
            }
            if (k < tokens.size() && k - i <= 2 && edition(tokens.get(k).text())) {
                labels[i] = TokenLabel.OTHER.ordinal();
                return tokens.get(i).text();
            }
        }
        return null;
    }

    /** Whether the word at {@code k} names an edition after its number ("3. ed.", "2ª edição"), not an editor. */
    static boolean names(List<Token> tokens, int k) {
        int i = k - 1;
        if (i >= 0 && (tokens.get(i).text().equals(".") || tokens.get(i).text().equals("ª"))) {
            i--;
        }
        return edition(tokens.get(k).text()) && i >= 0 && number(tokens.get(i).text());
    }

    /** "ed" after a number is an edition, though alone it may name an editor. */
    static boolean edition(String word) {
        return word.equalsIgnoreCase("ed") || "edition".equals(WordClasses.of(word));
    }

    private static boolean number(String text) {
        return text.chars().allMatch(Character::isDigit) && text.length() <= 2;
    }
}
