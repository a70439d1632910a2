package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Puts the boundary between a title and the journal that holds it where the reference's punctuation puts it,
 * where the model put it elsewhere: a name cut in two at a comma is one ("Plant Cell, Tissue and Organ
 * Culture"); a title that runs into the journal before the volume gives its last sentence to the journal
 * ("… exemplificações. Revista do Instituto Histórico, v.316"); what stands between a place's colon and the
 * year is the publisher ("São Paulo: Editora 34, 2015"); a publisher a volume follows is the journal ("Knowledge
 * Organization, v. 44, n. 6"); a book's second title is its subtitle; and ABNT's city after a journal is the place,
 * also where the model read it as the journal.
 */
final class SourceBoundary {
    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final Set<Integer> NAMES =
            Set.of(TITLE, CONTAINER, TokenLabel.COLLECTION_TITLE.ordinal(), TokenLabel.PUBLISHER.ordinal());
    private static final Set<Integer> NUMBERS =
            Set.of(TokenLabel.VOLUME.ordinal(), TokenLabel.ISSUE.ordinal(), TokenLabel.PAGE.ordinal());
    private static final int PLACE = TokenLabel.PUBLISHER_PLACE.ordinal();
    private static final int ISSUED = TokenLabel.ISSUED.ordinal();
    private static final Set<String> SEPARATORS = Set.of(",", ";");
    private static final Set<String> ABNT_MARKERS = Set.of("v", "n");
    private static final Set<String> SUBTITLE_MARKS = Set.of(".", ":", "-", "–", "—");
    private static final Set<String> JOINING = Set.of(",", "-", "–", ":");

    private SourceBoundary() {}

    /** Relabels, in {@code labels}, the words on the wrong side of the title's and the journal's boundary. */
    static void settle(List<Token> tokens, int[] labels) {
        joinSplitNames(tokens, labels);
        containerFromTitle(tokens, labels);
        publisherAfterPlace(tokens, labels);
        journalBeforeVolume(tokens, labels);
        subtitleOfABook(tokens, labels);
        placeTakenForJournal(tokens, labels);
        placeAfterJournal(tokens, labels);
    }

    /** A name's first run and the run right after it, a comma or a dash between them, are one name. */
    private static void joinSplitNames(List<Token> tokens, int[] labels) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (labels[i] == OTHER
                    && NAMES.contains(labels[i - 1])
                    && labels[i + 1] == labels[i - 1]
                    && JOINING.contains(tokens.get(i).text())
                    && firstSpanOf(labels, i - 1)) {
                labels[i] = labels[i - 1];
            }
        }
    }

    /** True when the run ending at {@code end} is the first run of its label: later runs are no part of it. */
    private static boolean firstSpanOf(int[] labels, int end) {
        int start = end;
        while (start > 0 && labels[start - 1] == labels[end]) {
            start--;
        }
        for (int i = 0; i < start; i++) {
            if (labels[i] == labels[end]) {
                return false;
            }
        }
        return true;
    }

    /**
     * With no journal found, a title followed by a comma and numbers, or by Vancouver's "2010;31(8)", ends in the
     * journal's name ("… false discovery rate. Human brain mapping. 2010;31(8):1183-95.").
     */
    private static void containerFromTitle(List<Token> tokens, int[] labels) {
        if (Arrays.stream(labels).anyMatch(label -> label == CONTAINER)) {
            return;
        }
        int[] run = TokenLabel.TITLE.firstRun(labels);
        if (run == null || run[1] + 1 >= tokens.size()) {
            return;
        }
        int after = run[1] + 1;
        boolean vancouver = after + 2 < tokens.size()
                && tokens.get(after).text().equals(".")
                && labels[after + 1] == ISSUED
                && tokens.get(after + 2).text().equals(";");
        if (!tokens.get(after).text().equals(",") && !vancouver) {
            return;
        }
        boolean numbered = false;
        for (int i = run[1] + 1; i < tokens.size(); i++) {
            numbered |= NUMBERS.contains(labels[i]);
        }
        int split = -1;
        for (int i = run[0] + 1; i < run[1]; i++) {
            String next = tokens.get(i + 1).text();
            String stop = tokens.get(i).text();
            boolean ends = stop.equals(".") || vancouver && (stop.equals("?") || stop.equals("!"));
            if (ends && Character.isUpperCase(next.charAt(0)) && next.length() > 1) {
                split = i;
            }
        }
        if (numbered && split > 0) {
            if (tokens.get(split).text().equals(".")) {
                labels[split] = OTHER;
            }
            Arrays.fill(labels, split + 1, run[1] + 1, CONTAINER);
        }
    }

    /**
     * "São Paulo: Editora 34, 2015", "Belo Horizonte: Ed. UFMG, 2013": what stands between a place's colon and
     * the comma before the year is the publisher, whatever the model took its words for.
     */
    private static void publisherAfterPlace(List<Token> tokens, int[] labels) {
        int[] place = TokenLabel.PUBLISHER_PLACE.firstRun(labels);
        if (place == null
                || place[1] + 2 >= tokens.size()
                || !tokens.get(place[1] + 1).text().equals(":")) {
            return;
        }
        int k = place[1] + 2;
        boolean word = false;
        while (k < tokens.size() && !SEPARATORS.contains(tokens.get(k).text()) && labels[k] != ISSUED) {
            word |= Character.isLetter(tokens.get(k).text().charAt(0));
            k++;
        }
        if (word && k + 1 < tokens.size() && SEPARATORS.contains(tokens.get(k).text()) && labels[k + 1] == ISSUED) {
            Arrays.fill(labels, place[1] + 2, k, TokenLabel.PUBLISHER.ordinal());
        }
    }

    /**
     * "Domain analysis. Knowledge Organization, v. 44, n. 6, p. 436-464", "Green Chem. 2016, 18, 6675": a publisher
     * that a volume (the year may come between) and an issue or pages follow, with no place before it and no
     * journal named elsewhere, is the journal.
     */
    private static void journalBeforeVolume(List<Token> tokens, int[] labels) {
        if (Arrays.stream(labels).anyMatch(label -> label == CONTAINER || label == PLACE)) {
            return;
        }
        int[] publisher = TokenLabel.PUBLISHER.firstRun(labels);
        if (publisher == null) {
            return;
        }
        int k = publisher[1] + 1;
        int last = publisher[1];
        // ACS writes the year between ("Green Chem. 2016, 18, 6675"), and a colon may split the name the model
        // read as two publishers ("Tetrahedron: Asymmetry 2007, 18, 1048").
        while (k < tokens.size()
                && (labels[k] == OTHER || labels[k] == ISSUED || labels[k] == TokenLabel.PUBLISHER.ordinal())) {
            if (labels[k] == TokenLabel.PUBLISHER.ordinal()) {
                last = k;
            }
            k++;
        }
        boolean more = false;
        for (int i = k + 1; i < tokens.size(); i++) {
            more |= labels[i] == TokenLabel.ISSUE.ordinal() || labels[i] == TokenLabel.PAGE.ordinal();
        }
        if (k < tokens.size() && labels[k] == TokenLabel.VOLUME.ordinal() && more) {
            Arrays.fill(labels, publisher[0], last + 1, CONTAINER);
        }
    }

    /**
     * "Teoria do romance II. As formas do tempo e do cronotopo. São Paulo: Editora 34": a second title after a
     * stop, in a book (a publisher or place, no editors, volume, issue or journal, no "In"), is the first's
     * subtitle, not a book the first is part of.
     */
    private static void subtitleOfABook(List<Token> tokens, int[] labels) {
        boolean book = false;
        for (int label : labels) {
            if (label == CONTAINER || label == TokenLabel.EDITOR.ordinal() || NUMBERS.contains(label)) {
                return;
            }
            book |= label == PLACE || label == TokenLabel.PUBLISHER.ordinal();
        }
        int[] title = TokenLabel.TITLE.firstRun(labels);
        if (!book || title == null) {
            return;
        }
        int k = title[1] + 1;
        while (k < tokens.size()
                && labels[k] == OTHER
                && SUBTITLE_MARKS.contains(tokens.get(k).text())) {
            k++;
        }
        if (k > title[1] + 1 && k < tokens.size() && labels[k] == TITLE) {
            Arrays.fill(labels, title[1] + 1, k, TITLE);
        }
    }

    /**
     * "… no sul do Brasil. Tópicos em Ciência do Solo, Viçosa, v. 7": where the model read ABNT's city as the
     * journal and the journal as the title's last sentence, the city is the place and that sentence the journal.
     */
    private static void placeTakenForJournal(List<Token> tokens, int[] labels) {
        int[] container = TokenLabel.CONTAINER_TITLE.firstRun(labels);
        if (container == null
                || container[0] < 3
                || container[1] + 3 >= tokens.size()
                || container[1] - container[0] > 3
                || !tokens.get(container[0] - 1).text().equals(",")
                || labels[container[0] - 2] != TITLE
                || !tokens.get(container[1] + 1).text().equals(",")
                || !ABNT_MARKERS.contains(tokens.get(container[1] + 2).text())
                || !tokens.get(container[1] + 3).text().equals(".")) {
            return;
        }
        for (int i = container[0]; i <= container[1]; i++) {
            if (!Character.isUpperCase(tokens.get(i).text().charAt(0))) {
                return;
            }
        }
        int stop = container[0] - 2;
        while (stop > 0 && labels[stop] != OTHER && !tokens.get(stop).text().equals(".")) {
            stop--;
        }
        if (stop <= 0
                || !tokens.get(stop).text().equals(".")
                || labels[stop - 1] != TITLE
                || !Character.isUpperCase(tokens.get(stop + 1).text().charAt(0))) {
            return;
        }
        labels[stop] = OTHER;
        Arrays.fill(labels, stop + 1, container[0] - 1, CONTAINER);
        labels[container[0] - 1] = OTHER;
        Arrays.fill(labels, container[0], container[1] + 1, PLACE);
    }

    /**
     * "Revista Letras, Santa Maria, v. 14": ABNT writes the journal's city after its name, before "v." or "n.";
     * a last comma part of capitalised words there is the place.
     */
    private static void placeAfterJournal(List<Token> tokens, int[] labels) {
        int[] container = TokenLabel.CONTAINER_TITLE.firstRun(labels);
        if (container == null || container[1] + 3 >= tokens.size()) {
            return;
        }
        int after = container[1] + 1;
        boolean marker = tokens.get(after).text().equals(",")
                && ABNT_MARKERS.contains(tokens.get(after + 1).text())
                && tokens.get(after + 2).text().equals(".");
        int comma = -1;
        for (int i = container[0] + 1; i < container[1]; i++) {
            comma = tokens.get(i).text().equals(",") ? i : comma;
        }
        if (!marker || comma < 0 || container[1] - comma > 4) {
            return;
        }
        for (int i = comma + 1; i <= container[1]; i++) {
            String text = tokens.get(i).text();
            if (!text.equals("-") && !Character.isUpperCase(text.charAt(0))) {
                return;
            }
        }
        labels[comma] = OTHER;
        Arrays.fill(labels, comma + 1, container[1] + 1, PLACE);
    }
}
