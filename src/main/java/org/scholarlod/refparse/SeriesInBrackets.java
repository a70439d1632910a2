package org.scholarlod.refparse;

import java.util.List;

/**
 * Reads the series a Brazilian book names in brackets at its end, after its imprint ("São Paulo: ANDA. (Boletim
 * Técnico, 6).", "Brasília: Embrapa Agroenergia. 130 p. (Documentos / Embrapa Agroenergia.)"): the words in the
 * brackets are the collection's, its number is left out, and what follows "Place:" up to its stop is the publisher,
 * where the model, finding a publisher in the brackets, read it as a volume or a journal.
 */
final class SeriesInBrackets {
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int PLACE = TokenLabel.PUBLISHER_PLACE.ordinal();
    private static final int PUBLISHER = TokenLabel.PUBLISHER.ordinal();
    private static final int VOLUME = TokenLabel.VOLUME.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();
    private static final int COLLECTION = TokenLabel.COLLECTION_TITLE.ordinal();

    private SeriesInBrackets() {}

    /** Relabels, in {@code labels}, a closing series in brackets and the publisher its imprint names. */
    static void settle(List<Token> tokens, int[] labels) {
        int close = tokens.size() - 1;
        while (close >= 0 && tokens.get(close).text().equals(".")) {
            close--;
        }
        if (close < 3 || !tokens.get(close).text().equals(")")) {
            return;
        }
        int open = close - 1;
        while (open >= 0
                && !tokens.get(open).text().equals("(")
                && !tokens.get(open).text().equals(")")) {
            open--;
        }
        if (open < 1
                || !tokens.get(open).text().equals("(")
                || !tokens.get(open - 1).text().equals(".")) {
            return;
        }
        int[] imprint = imprintPublisher(tokens, labels, open - 1);
        if (imprint == null
                || !Character.isUpperCase(tokens.get(open + 1).text().codePointAt(0))) {
            return;
        }
        int end = close;
        while (end > open + 1 && !tokens.get(end - 1).text().equals(",")) {
            end--;
        }
        if (end == open + 1) {
            end = close;
        } else {
            end--;
        }
        for (int k = open + 1; k < close; k++) {
            labels[k] = k < end && !tokens.get(k).text().equals(".") ? COLLECTION : OTHER;
        }
        for (int k = imprint[0]; k <= imprint[1]; k++) {
            labels[k] = PUBLISHER;
        }
    }

    /**
     * The run after the last "Place:" before {@code before}, up to its stop, when the model read it as a volume or a
     * journal and found the publisher only in the brackets; null otherwise.
     */
    private static int[] imprintPublisher(List<Token> tokens, int[] labels, int before) {
        int colon = before - 1;
        while (colon > 0 && !(tokens.get(colon).text().equals(":") && labels[colon - 1] == PLACE)) {
            colon--;
        }
        if (colon <= 0) {
            return null;
        }
        int end = colon + 1;
        while (end < before && !tokens.get(end).text().equals(".")) {
            if (labels[end] != VOLUME && labels[end] != CONTAINER) {
                return null;
            }
            end++;
        }
        for (int k = 0; k < before; k++) {
            if (labels[k] == PUBLISHER) {
                return null;
            }
        }
        return end == colon + 1 ? null : new int[] {colon + 1, end - 1};
    }
}
