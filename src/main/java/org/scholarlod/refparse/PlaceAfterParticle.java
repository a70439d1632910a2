package org.scholarlod.refparse;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Gives back to a name the place the model split off it: "Universidade de | São Paulo", "Memórias do |
 * Instituto", "Município de | Belo Horizonte". A publisher, title or container does not end in "de", "do",
 * "of" or "für"; the place words right after such a word belong to it, up to the next punctuation.
 */
final class PlaceAfterParticle {
    private static final Set<String> PARTICLES =
            Set.of("de", "do", "da", "dos", "das", "del", "di", "du", "des", "of", "für", "von", "van");
    private static final Set<TokenLabel> NAMED =
            EnumSet.of(TokenLabel.PUBLISHER, TokenLabel.TITLE, TokenLabel.CONTAINER_TITLE, TokenLabel.COLLECTION_TITLE);

    private PlaceAfterParticle() {}

    /** Relabels, in {@code labels}, the place words that follow a named field's closing particle. */
    static void rejoin(List<Token> tokens, int[] labels) {
        int place = TokenLabel.PUBLISHER_PLACE.ordinal();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (labels[i + 1] == place
                    && NAMED.contains(TokenLabel.ALL.get(labels[i]))
                    && PARTICLES.contains(tokens.get(i).text())) {
                for (int k = i + 1; k < tokens.size() && labels[k] == place && word(tokens.get(k)); k++) {
                    labels[k] = labels[i];
                }
            }
        }
    }

    private static boolean word(Token token) {
        return Character.isLetter(token.text().charAt(0));
    }
}
