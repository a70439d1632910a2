package org.scholarlod.refparse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A name written with initials first inside a title or a publisher ("A teoria do amadurecimento de D. W.
 * Winnicott.", "São Paulo: T. A. Queiroz. 1984."), which the model splits into an editor (the initials) and a
 * container (the family name), as it learned "In: A. B. Editor, ed. Book" to read. With no word in the reference
 * that marks an editor or a part of a book, the name is the title's when it follows the title's last word, or the
 * publisher's when it follows the place's colon.
 */
final class InitialledName {
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}");
    private static final int EDITOR = TokenLabel.EDITOR.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();
    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final int PLACE = TokenLabel.PUBLISHER_PLACE.ordinal();
    private static final int PUBLISHER = TokenLabel.PUBLISHER.ordinal();

    private InitialledName() {}

    /** Relabels, in {@code labels}, initials read as an editor and the family name after them read as a container. */
    static void rejoin(List<Token> tokens, int[] labels) {
        int[] editor = TokenLabel.EDITOR.firstRun(labels);
        if (editor == null || marked(tokens)) {
            return;
        }
        for (int i = editor[0]; i <= editor[1]; i++) {
            String text = tokens.get(i).text();
            if (!text.equals(".") && !text.equals("-") && !INITIAL.matcher(text).matches()) {
                return;
            }
        }
        int name = editor[1] + 1;
        if (name < tokens.size() && tokens.get(name).text().equals(".")) {
            name++;
        }
        if (name >= tokens.size()
                || labels[name] != CONTAINER
                || name + 1 < tokens.size() && labels[name + 1] == CONTAINER) {
            return;
        }
        int before = editor[0] - 1;
        int owner = -1;
        if (before >= 0 && labels[before] == TITLE) {
            owner = TITLE;
        } else if (before >= 1 && tokens.get(before).text().equals(":") && labels[before - 1] == PLACE) {
            owner = PUBLISHER;
        }
        if (owner >= 0) {
            for (int k = editor[0]; k <= name; k++) {
                labels[k] = owner;
            }
        }
    }

    /** Whether a word marks an editor or a part of a book ("ed.", "org.", "In:"); "3. ed." marks an edition. */
    private static boolean marked(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String word = WordClasses.of(tokens.get(i).text());
            if ("in".equals(word) || "editor".equals(word) && !EditionNumber.names(tokens, i)) {
                return true;
            }
        }
        return false;
    }
}
