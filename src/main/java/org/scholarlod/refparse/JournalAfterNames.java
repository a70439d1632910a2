package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives the journal its name where a chemistry style prints no title and closes every author with a semicolon
 * ("Lacerda, V.; Curr. Org. Synth. 2015, 12, 570.", "Souza, R. O. M. A.; React. Chem. Eng. 2017, 2, 375."): the
 * words between the last semicolon and the year, no comma among them, are the journal's, where the model read them
 * as one more author or as nothing.
 */
final class JournalAfterNames {
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*");

    private static final int AUTHOR = TokenLabel.AUTHOR.ordinal();
    private static final int ISSUED = TokenLabel.ISSUED.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();

    private JournalAfterNames() {}

    /** Relabels, in {@code labels}, the journal's name between the list's last semicolon and the year. */
    static void settle(List<Token> tokens, int[] labels) {
        if (Arrays.stream(labels).anyMatch(l -> l == TokenLabel.TITLE.ordinal())) {
            return;
        }
        int year = 0;
        while (year < tokens.size()
                && !(labels[year] == ISSUED && Dates.isYear(tokens.get(year).text()))) {
            year++;
        }
        int semicolon = year - 1;
        while (semicolon > 0 && !tokens.get(semicolon).text().equals(";")) {
            if (tokens.get(semicolon).text().equals(",")) {
                return;
            }
            semicolon--;
        }
        if (year == tokens.size()
                || semicolon <= 0
                || semicolon + 1 == year
                || labels[semicolon - 1] != AUTHOR
                || Arrays.stream(labels, 0, semicolon).anyMatch(l -> l == CONTAINER)
                || !WORD.matcher(tokens.get(semicolon + 1).text()).matches()) {
            return;
        }
        Arrays.fill(labels, semicolon + 1, year, CONTAINER);
        labels[semicolon] = TokenLabel.OTHER.ordinal();
    }
}
