package org.scholarlod.refparse;

import java.util.List;

/**
 * Gives an organisation that authors a reference back the units the model began the title with ("Ministério da
 * Saude (BR), Secretaria de Vigilância em Saúde, | Departamento de Análise da Situação de Saúde. Manual para …"):
 * after an organisation's name, a title whose first sentence opens with a unit's word ("Secretaria", "Departamento",
 * "Institute") and goes on past its stop names the unit first.
 */
final class OrganisationUnits {
    private static final int AUTHOR = TokenLabel.AUTHOR.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int TITLE = TokenLabel.TITLE.ordinal();

    private OrganisationUnits() {}

    /** Relabels, in {@code labels}, the units that open the first title run as the author's. */
    static void settle(List<Token> tokens, int[] labels) {
        int[] authors = TokenLabel.AUTHOR.firstRun(labels);
        int[] title = TokenLabel.TITLE.firstRun(labels);
        if (authors == null || title == null || !organisation(tokens, authors[0], authors[1])) {
            return;
        }
        int gap = title[0] - authors[1] - 1;
        if (gap > 1 || gap == 1 && !tokens.get(authors[1] + 1).text().equals(",")) {
            return;
        }
        if (!"organisation".equals(WordClasses.of(tokens.get(title[0]).text()))
                || !Character.isUpperCase(tokens.get(title[0]).text().codePointAt(0))) {
            return;
        }
        int stop = title[0] + 1;
        while (stop < title[1] && !tokens.get(stop).text().equals(".")) {
            stop++;
        }
        if (stop >= title[1] || labels[stop + 1] != TITLE) {
            return;
        }
        for (int k = authors[1] + 1; k < stop; k++) {
            labels[k] = AUTHOR;
        }
        labels[stop] = OTHER;
    }

    private static boolean organisation(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if ("organisation".equals(WordClasses.of(tokens.get(k).text()))) {
                return true;
            }
        }
        return false;
    }
}
