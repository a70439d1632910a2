package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Gives back to a title the places and years at its end that the model took for the reference's own ("… em
 * Florianópolis, Santa Catarina, Brasil. Cad Saude Publica. 2008;…", "… em Portugal (1772-1836). Coimbra:
 * Minerva. 1996.", "Estética da criação verbal [1951-1953]. … 2011", "… air pollution in São | Paulo, Brazil.
 * Environ Res."). They are the title's when, after the stop that ends them, the reference still names its journal
 * or its place, and still gives a year if they held one.
 */
final class TitleTail {
    private static final Set<String> JOINING = Set.of(",", "(", ")", "[", "]", "-", "–", "/");
    private static final Set<String> OPENING = Set.of(",", "(", "[");
    /** A bracket the title opened and the model left out: "(SINASC | ), Brasil." */
    private static final Set<String> CLOSING = Set.of(")", "]");
    /** Brazil's states as their two letters, which follow a town's name in titles ("Cotia, SP"). */
    private static final Set<String> STATES = Set.of(
            "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB", "PR", "PE", "PI",
            "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO");

    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final int PLACE = TokenLabel.PUBLISHER_PLACE.ordinal();
    private static final int ISSUED = TokenLabel.ISSUED.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();
    private static final int PUBLISHER = TokenLabel.PUBLISHER.ordinal();

    private TitleTail() {}

    /** Relabels, in {@code labels}, the place and year words after the first title that belong to it. */
    static void rejoin(List<Token> tokens, int[] labels) {
        int[] title = TokenLabel.TITLE.firstRun(labels);
        if (title == null) {
            return;
        }
        int end = title[1];
        int k = end + 1;
        if (k >= tokens.size()
                || !OPENING.contains(tokens.get(k).text())
                        && !CLOSING.contains(tokens.get(k).text())
                        && labels[k] != PLACE) {
            return;
        }
        boolean place = false;
        boolean year = false;
        boolean publisher = false;
        for (; k < tokens.size(); k++) {
            int label = labels[k];
            if (STATES.contains(tokens.get(k).text())
                    && tokens.get(k - 1).text().equals(",")) {
                // "… no município de Guarulhos, SP. Revista Brasileira Biologia": the model began the journal there.
                place = true;
            } else if (label == PLACE || label == ISSUED || label == PUBLISHER) {
                place |= label == PLACE;
                year |= label == ISSUED;
                publisher |= label == PUBLISHER;
            } else if (label != OTHER || !JOINING.contains(tokens.get(k).text())) {
                break;
            }
        }
        if (k >= tokens.size() || !tokens.get(k).text().equals(".") || !(place || year)) {
            return;
        }
        boolean laterSource = false;
        boolean laterContainer = false;
        // An author-date style gives the reference's own year before the title: "(2006) … Kyoto, Japan, 2004."
        boolean otherYear = Arrays.stream(labels, 0, title[0]).anyMatch(l -> l == ISSUED);
        for (int i = k + 1; i < tokens.size(); i++) {
            laterSource |= labels[i] == CONTAINER || labels[i] == PLACE;
            laterContainer |= labels[i] == CONTAINER;
            otherYear |= labels[i] == ISSUED;
        }
        if ((place ? laterSource : otherYear) && (!year || otherYear) && (!publisher || laterContainer)) {
            Arrays.fill(labels, end + 1, k, TITLE);
        }
    }

    /**
     * Gives a journal's name back the place word the model split off its end ("Proc Natl Acad Sci | USA. 2005;"):
     * the reference's own place is set off by punctuation, and a reference naming no publisher has none.
     */
    static void rejoinContainer(List<Token> tokens, int[] labels) {
        int[] container = TokenLabel.CONTAINER_TITLE.firstRun(labels);
        if (container == null
                || container[1] + 1 >= tokens.size()
                || labels[container[1] + 1] != PLACE
                || Arrays.stream(labels).anyMatch(l -> l == PUBLISHER)) {
            return;
        }
        for (int k = container[1] + 1; k < tokens.size() && labels[k] == PLACE; k++) {
            labels[k] = CONTAINER;
        }
    }
}
