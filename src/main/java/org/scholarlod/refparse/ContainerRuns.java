package org.scholarlod.refparse;

import java.util.List;

/**
 * Joins a journal's name that the model split at its commas ("Bulletin Institut d'Etudes Centrafricanes, |
 * Nouvelle Série | 12", "Lavori della Società italiana di Biogeografia, | Nuova Serie | 3"): the runs before the
 * volume, comma after comma, are one name, when they are containers or a title after the reference's own title.
 */
final class ContainerRuns {
    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();
    private static final int VOLUME = TokenLabel.VOLUME.ordinal();

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
}
