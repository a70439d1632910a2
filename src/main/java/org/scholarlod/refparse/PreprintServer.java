package org.scholarlod.refparse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a preprint server named as a sentence of its own after the title ("… cuneiform nucleus. bioRxiv. doi:…",
 * "… with BWA-MEM. arXiv. 2013.") as the container, as JATS tags it, where the model left it as no field; a server
 * followed by a colon opens an identifier ("arXiv:1606.00608") and stays as read.
 */
final class PreprintServer {
    /** Servers whose name is one word. */
    static final Set<String> SERVERS = Set.of(
            "arxiv",
            "biorxiv",
            "medrxiv",
            "chemrxiv",
            "psyarxiv",
            "socarxiv",
            "engrxiv",
            "eartharxiv",
            "ssrn",
            "preprints",
            "techrxiv");

    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();

    private PreprintServer() {}

    /** Relabels, in {@code labels}, a lone server's name after a stop, when no container was found. */
    static void settle(List<Token> tokens, int[] labels) {
        if (TokenLabel.CONTAINER_TITLE.firstRun(labels) != null || TokenLabel.TITLE.firstRun(labels) == null) {
            return;
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (labels[i] == OTHER
                    && SERVERS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))
                    && tokens.get(i - 1).text().equals(".")
                    && (i + 1 == tokens.size() || tokens.get(i + 1).text().equals("."))) {
                labels[i] = CONTAINER;
                return;
            }
        }
    }
}
