package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Moves the end of the author list where the list's own shape puts it, where the model put it elsewhere. In a
 * list of undotted initials ("Hambleton RK, Merenda PF.") the full stop after the last initials ends the list,
 * so a word after it is the title's ("Pasquali L. Psicometria: Teoria …"); and a family name in capitals
 * followed by a comma ("DIAS, Maria Odila da Silva. A interiorização …") keeps its given names, up to the stop.
 */
final class AuthorListEnd {
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,3}");
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}");
    private static final int MOST_GIVEN_NAMES = 5;
    /**
     * Portuguese "do" closes a name as "de" does ("NASCIMENTO, P.C. do."); not among the name model's particles,
     * which it was trained with.
     */
    private static final String PORTUGUESE_DO = "do";
    /** Initials in capitals, as Vancouver writes up to four ("Van der Linden FPGM"). */
    private static final Pattern LONG_INITIALS = Pattern.compile("\\p{Lu}{1,4}");
    /** A word of a family name, or the hyphen inside one. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}+|[-'’]");

    private static final int MOST_NAME_WORDS = 6;

    private AuthorListEnd() {}

    /** Relabels, in {@code labels}, the words of the first author list that its shape puts on the other side. */
    static void settle(List<Token> tokens, int[] labels) {
        int[] run = TokenLabel.AUTHOR.firstRun(labels);
        if (run != null && run[0] == 0 && editorsMark(tokens, run[1] + 1)) {
            // "Doll R, Payne P, Waterhouse JAH, editors. Cancer incidence …": the list is the book's editors.
            Arrays.fill(labels, run[0], run[1] + 1, TokenLabel.EDITOR.ordinal());
            return;
        }
        if (run != null) {
            acronymAfterOrganisation(tokens, labels, run[1]);
            lastNameBeforeTitle(tokens, labels, run[0], run[1]);
            titleAfterInitials(tokens, labels, run[0], run[1]);
            titleAfterCapitals(tokens, labels, run[0], run[1]);
            givenNamesAfterCapitals(tokens, labels, run[1]);
        } else if (!initialledNameBeforeTitle(tokens, labels)) {
            organisationBeforeTitle(tokens, labels);
        }
    }

    /**
     * "Hall ED. Lipid antioxidants …", "Stoeckli ET. Understanding …": with no author found, a family name and its
     * initials in capitals up to the stop that opens the title are the author; the model read "ED" as "ed.".
     */
    private static boolean initialledNameBeforeTitle(List<Token> tokens, int[] labels) {
        int stop = 0;
        while (stop < tokens.size()
                && stop <= MOST_NAME_WORDS
                && !tokens.get(stop).text().equals(".")) {
            stop++;
        }
        if (stop < 2
                || stop + 1 >= tokens.size()
                || !tokens.get(stop).text().equals(".")
                || labels[stop + 1] != TokenLabel.TITLE.ordinal()
                || !LONG_INITIALS.matcher(tokens.get(stop - 1).text()).matches()
                || !Character.isUpperCase(tokens.get(0).text().charAt(0))) {
            return false;
        }
        for (int i = 0; i < stop; i++) {
            if (labels[i] != TokenLabel.OTHER.ordinal()
                    || !NAME_WORD.matcher(tokens.get(i).text()).matches()) {
                return false;
            }
        }
        Arrays.fill(labels, 0, stop + 1, TokenLabel.AUTHOR.ordinal());
        return true;
    }

    /**
     * "Birthplace in England Collaborative Group. Perinatal and maternal outcomes …. BMJ.", "US Department of Health
     * and Human Services. Physical activity guidelines.": with no author found, a first sentence the model took for
     * a title or a publisher, naming an organisation and followed by another title, is the author. (Followed by the
     * journal, it is a title that names one: "Human Genome Project completion. Nature.")
     */
    private static void organisationBeforeTitle(List<Token> tokens, int[] labels) {
        int title = TokenLabel.TITLE.ordinal();
        int publisher = TokenLabel.PUBLISHER.ordinal();
        int end = -1;
        while (end + 1 < labels.length && (labels[end + 1] == title || labels[end + 1] == publisher)) {
            end++;
        }
        if (end < 0) {
            return;
        }
        boolean organisation = false;
        for (int i = 0; i <= end; i++) {
            organisation |= "organisation".equals(WordClasses.of(tokens.get(i).text()));
        }
        int next = end + 2;
        if (organisation && next < tokens.size() && tokens.get(end + 1).text().equals(".") && labels[next] == title) {
            Arrays.fill(labels, 0, end + 1, TokenLabel.AUTHOR.ordinal());
        }
    }

    /** Whether ", editors." or "(eds.)", "(org.)" or another editor's word follows the list, at {@code k}. */
    private static boolean editorsMark(List<Token> tokens, int k) {
        String opening = k < tokens.size() ? tokens.get(k).text() : "";
        return (opening.equals(",") || opening.equals("("))
                && k + 1 < tokens.size()
                && "editor".equals(WordClasses.of(tokens.get(k + 1).text()));
    }

    /** "Conselho Nacional de Secretarias Municipais de Saúde (CONASEMS).": the acronym is the author's. */
    private static void acronymAfterOrganisation(List<Token> tokens, int[] labels, int last) {
        if (last + 3 < tokens.size()
                && tokens.get(last + 1).text().equals("(")
                && CAPITALS.matcher(tokens.get(last + 2).text()).matches()
                && tokens.get(last + 3).text().equals(")")
                && "organisation".equals(WordClasses.of(tokens.get(0).text()))) {
            Arrays.fill(labels, last + 1, last + 4, TokenLabel.AUTHOR.ordinal());
        }
    }

    /**
     * "…, Noronha CP, Pombo-de-Oliveira MS. Cancer incidence …": in a list of "Family INITIALS", a last name of that
     * shape after the comma, up to its stop, is the list's, where the model began the title with it.
     */
    private static void lastNameBeforeTitle(List<Token> tokens, int[] labels, int first, int last) {
        if (first + 1 > last
                || !word(tokens.get(last - 1))
                || !INITIALS.matcher(tokens.get(last).text()).matches()
                || last + 2 >= tokens.size()
                || !tokens.get(last + 1).text().equals(",")
                || labels[last + 2] != TokenLabel.TITLE.ordinal()
                || !Character.isUpperCase(tokens.get(last + 2).text().charAt(0))) {
            return;
        }
        int stop = last + 2;
        while (stop < tokens.size()
                && stop - last <= 2 * MOST_NAME_WORDS
                && NAME_WORD.matcher(tokens.get(stop).text()).matches()) {
            stop++;
        }
        if (stop < tokens.size()
                && stop - 1 > last + 2
                && tokens.get(stop).text().equals(".")
                && INITIALS.matcher(tokens.get(stop - 1).text()).matches()) {
            Arrays.fill(labels, last + 1, stop + 1, TokenLabel.AUTHOR.ordinal());
        }
    }

    /**
     * "Pasquali L. Psicometria", "Pullman P. Northern Lights": in a list of "Family INITIALS", up to three words
     * after the last "INITIALS." are the title's.
     */
    private static void titleAfterInitials(List<Token> tokens, int[] labels, int first, int last) {
        if (first + 1 > last
                || !word(tokens.get(first))
                || !INITIALS.matcher(tokens.get(first + 1).text()).matches()) {
            return;
        }
        int stop = -1;
        for (int i = first + 1; i <= last; i++) {
            if (tokens.get(i).text().equals(".")) {
                if (stop >= 0 || !INITIALS.matcher(tokens.get(i - 1).text()).matches() || i - 2 < first) {
                    return;
                }
                stop = i;
            }
        }
        if (stop < 0 || !adjacent(tokens, stop - 1, stop)) {
            return;
        }
        int words = 0;
        for (int i = stop + 1; i <= last; i++) {
            String text = tokens.get(i).text();
            if (word(tokens.get(i))) {
                words++;
                if (!Character.isUpperCase(text.charAt(0)) || NameFeatures.SUFFIXES.contains(lower(text))) {
                    return;
                }
            }
        }
        if (words >= 1 && words <= 3) {
            moveToTitle(tokens, labels, stop + 1, last);
        }
    }

    /**
     * "LOURO, G. L. Gênero, história": in a list of family names in capitals with dotted initials, words after the
     * last initials and before any other family name in capitals are the title's.
     */
    private static void titleAfterCapitals(List<Token> tokens, int[] labels, int first, int last) {
        if (first + 1 > last
                || !CAPITALS.matcher(tokens.get(first).text()).matches()
                || !tokens.get(first + 1).text().equals(",")) {
            return;
        }
        int stop = -1;
        for (int i = first + 2; i <= last; i++) {
            if (tokens.get(i).text().equals(".")
                    && INITIALS.matcher(tokens.get(i - 1).text()).matches()) {
                stop = i;
            }
        }
        if (stop < 0 || stop == last || tokens.get(stop + 1).text().equals("et")) {
            return;
        }
        boolean particlesOnly = true;
        for (int i = stop + 1; i <= last; i++) {
            if (CAPITALS.matcher(tokens.get(i).text()).matches()) {
                return;
            }
            particlesOnly &= !word(tokens.get(i))
                    || NameFeatures.PARTICLES.contains(tokens.get(i).text())
                    || tokens.get(i).text().equals(PORTUGUESE_DO);
        }
        if (!particlesOnly) {
            // "FREITAS, J. H. de.": a particle after the initials is the name's.
            moveToTitle(tokens, labels, stop + 1, last);
        }
    }

    /** "DIAS, Maria Odila da Silva.": the capitalised words and particles after "CAPITALS," up to the stop. */
    private static void givenNamesAfterCapitals(List<Token> tokens, int[] labels, int last) {
        if (last + 2 >= tokens.size()
                || !CAPITALS.matcher(tokens.get(last).text()).matches()
                || !tokens.get(last + 1).text().equals(",")) {
            return;
        }
        int words = 0;
        int i = last + 2;
        for (; i < tokens.size() && !tokens.get(i).text().equals("."); i++) {
            String text = tokens.get(i).text();
            boolean given = Character.isUpperCase(text.charAt(0))
                            && !CAPITALS.matcher(text).matches()
                    || NameFeatures.PARTICLES.contains(text);
            if (!given || ++words > MOST_GIVEN_NAMES) {
                return;
            }
        }
        if (words > 1 && i + 1 < tokens.size()) {
            for (int k = last + 1; k <= i; k++) {
                labels[k] = TokenLabel.AUTHOR.ordinal();
            }
        }
    }

    /** Relabels the tokens from {@code from} to {@code to} as title, with the punctuation that joins them to it. */
    static void moveToTitle(List<Token> tokens, int[] labels, int from, int to) {
        int title = TokenLabel.TITLE.ordinal();
        Arrays.fill(labels, from, to + 1, title);
        // The punctuation between the words and the rest of the title ("Psicometria: Teoria …") joins them.
        int next = to + 1;
        while (next < tokens.size() && labels[next] == TokenLabel.OTHER.ordinal() && !word(tokens.get(next))) {
            next++;
        }
        if (next < tokens.size() && labels[next] == title) {
            Arrays.fill(labels, to + 1, next, title);
        }
    }

    private static boolean word(Token token) {
        return Character.isLetter(token.text().charAt(0));
    }

    private static boolean adjacent(List<Token> tokens, int before, int after) {
        return tokens.get(before).end() == tokens.get(after).start();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
