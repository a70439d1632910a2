package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Gives back to a title the places and years at its end that the model took for the reference's own ("… em
 * Florianópolis, Santa Catarina, Brasil. Cad Saude Publica. 2008;…", "… em Portugal (1772-1836). Coimbra:
 * Minerva. 1996.", "Estética da criação verbal [1951-1953]. … 2011"). They are the title's when, after the stop that ends them, the reference still names its
 * journal or its place, and still gives a year if they held one.
 */
final class TitleTail {
    private static final Set<String> JOINING = Set.of(",", "(", ")", "[", "]", "-", "–", "/");
    private static final Set<String> OPENING = Set.of(",", "(", "[");
    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final int PLACE = TokenLabel.PUBLISHER_PLACE.ordinal();
    private static final int ISSUED = TokenLabel.ISSUED.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();

    private TitleTail() {}

    /** Relabels, in {@code labels}, the place and year words after the first title that belong to it. */
    static void rejoin(List<Token> tokens, int[] labels) {
        int[] title = TokenLabel.TITLE.firstRun(labels);
        int end = title == null ? tokens.size() : title[1];
        int k = end + 1;
        if (k >= tokens.size() || !OPENING.contains(tokens.get(k).text())) {
            return;
        }
        boolean place = false;
        boolean year = false;
        for (; k < tokens.size(); k++) {
            int label = labels[k];
            if (label == PLACE || label == ISSUED) {
                place |= label == PLACE;
                year |= label == ISSUED;
            } else if (label != OTHER || !JOINING.contains(tokens.get(k).text())) {
                break;
            }
        }
        if (k >= tokens.size() || !tokens.get(k).text().equals(".") || !(place || year)) {
            return;
        }
        boolean laterSource = false;
        boolean laterYear = false;
        for (int i = k + 1; i < tokens.size(); i++) {
            laterSource |= labels[i] == CONTAINER || labels[i] == PLACE;
            laterYear |= labels[i] == ISSUED;
        }
        if ((place ? laterSource : laterYear) && (!year || laterYear)) {
            Arrays.fill(labels, end + 1, k, TITLE);
        }
    }
}
