package org.scholarlod.refparse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a journal's name that the model split at its commas ("Bulletin Institut d'Etudes Centrafricanes, |
 * Nouvelle Série | 12", "Lavori della Società italiana di Biogeografia, | Nuova Serie | 3"): the runs before the
 * volume, comma after comma, are one name, when they are containers or a title after the reference's own title.
 */
final class ContainerRuns {
    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();
    private static final int VOLUME = TokenLabel.VOLUME.ordinal();
    /** A word whose stop ends a sentence: not an initial ("par M. Le Testu") nor an abbreviation ("St."). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]{3,}|[IVXLC]+");

    private ContainerRuns() {}

    /** Relabels, in {@code labels}, the runs joined by commas to the container run the volume follows. */
    static void join(List<Token> tokens, int[] labels) {
        int[] title = TokenLabel.TITLE.firstRun(labels);
        int start = -1;
        for (int k = 1; k < labels.length; k++) {
            if (labels[k] == VOLUME && labels[k - 1] == CONTAINER) {
                start = k - 1;
                break;
            }
        }
        if (start < 0) {
            return;
        }
        while (start > 0 && labels[start - 1] == CONTAINER) {
            start--;
        }
        while (start >= 2 && tokens.get(start - 1).text().equals(",")) {
            int before = labels[start - 2];
            boolean laterTitle = before == TITLE && title != null && start - 2 > title[1];
            if (before != CONTAINER && !laterTitle) {
                if (before == TITLE && title != null && start - 2 == title[1]) {
                    titleTail(tokens, labels, title, start - 1);
                }
                return;
            }
            labels[start - 1] = CONTAINER;
            start -= 2;
            while (start > 0 && labels[start - 1] == before) {
                labels[start] = CONTAINER;
                start--;
            }
            labels[start] = CONTAINER;
        }
    }

    /**
     * Gives the journal the last sentence of a title that a comma parts from the rest of the journal's name, in a
     * style that parts its fields with stops ("Maas PJM. 1999. Studies … notes II. | Botanische Jahrbücher für
     * Systematik, | Pflanzengeschichte und Pflanzengeographie 121"): there a title ends in a stop, not a comma. A
     * style that parts them with commas keeps its title ("…, Takhtajan, Quantum inverse problem. I, Theor.").
     */
    private static void titleTail(List<Token> tokens, int[] labels, int[] title, int comma) {
        if (title[0] == 0 || !tokens.get(title[0] - 1).text().equals(".")) {
            return;
        }
        int stop = -1;
        for (int k = title[0] + 1; k + 1 < comma; k++) {
            if (tokens.get(k).text().equals(".")
                    && WORD.matcher(tokens.get(k - 1).text()).matches()) {
                stop = k;
            }
        }
        if (stop < 0
                || comma - stop < 3
                || !Character.isUpperCase(tokens.get(stop + 1).text().codePointAt(0))) {
            return;
        }
        labels[stop] = TokenLabel.OTHER.ordinal();
        for (int k = stop + 1; k <= comma; k++) {
            labels[k] = CONTAINER;
        }
    }
}
