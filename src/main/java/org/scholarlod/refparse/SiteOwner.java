package org.scholarlod.refparse;

import java.util.List;

/**
 * Reads the first sentence of an online reference with no author as its author, an organisation, when a title
 * follows it ("10x Genomics. | Visium Spatial Gene Expression. 2022 [cited …]. Available: https://…"): the layout
 * NLM gives a web page whose author is the company or body that runs the site. The model, trained on few such
 * pages, reads the short first sentence as the title or the container.
 */
final class SiteOwner {
    /** The most words an owner's name takes here; a longer first sentence is more likely a title's. */
    private static final int LONGEST = 4;

    private static final int AUTHOR = TokenLabel.AUTHOR.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();

    private SiteOwner() {}

    /**
     * Relabels, in {@code labels}, the owner's name as the author and the sentence after it as the title; returns
     * whether it did (the author is then one name).
     */
    static boolean settle(List<Token> tokens, int[] labels, boolean online) {
        if (!online
                || tokens.size() < 4
                || !(labels[0] == TITLE || labels[0] == CONTAINER)
                || TokenLabel.AUTHOR.after(labels, -1)
                || TokenLabel.EDITOR.after(labels, -1)) {
            return false;
        }
        int stop = 0;
        int words = 0;
        while (stop < tokens.size() && !tokens.get(stop).text().equals(".")) {
            String text = tokens.get(stop).text();
            if (Character.isLetter(text.charAt(0))) {
                if (!Character.isUpperCase(text.charAt(0)) && !glued(tokens, stop)) {
                    return false;
                }
                words++;
            } else if (!Character.isDigit(text.charAt(0))) {
                return false;
            }
            stop++;
        }
        int title = stop + 1;
        if (words == 0 || words > LONGEST || title >= tokens.size() || !titled(labels[title])) {
            return false;
        }
        int end = title;
        while (end + 1 < tokens.size() && labels[end + 1] == labels[title]) {
            end++;
        }
        if (end + 1 >= tokens.size() || !tokens.get(end + 1).text().equals(".")) {
            return false;
        }
        for (int k = 0; k < stop; k++) {
            labels[k] = AUTHOR;
        }
        labels[stop] = OTHER;
        for (int k = title; k <= end; k++) {
            labels[k] = TITLE;
        }
        return true;
    }

    /** "10x Genomics": a word glued to the number before it. */
    private static boolean glued(List<Token> tokens, int k) {
        return k > 0 && tokens.get(k).start() == tokens.get(k - 1).end();
    }

    private static boolean titled(int label) {
        return label == TITLE || label == CONTAINER;
    }
}
