package org.scholarlod.refparse;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An author ABNT writes in capitals with no initials and a full stop ("IBGE. 2006. Mapa …", "WORLD BANK. Which way
 * forward? …", "PLUTARCO. Sobre el anciano …"), or as an acronym, a dash and the name it stands for ("BLS – US
 * Bureau of Labor Statistics. …"): an organisation, or an author known by one name. The model, which knows capitals
 * as ABNT's surnames, takes the next words for given names, or the capitals for a publisher.
 */
final class CapitalsAuthor {
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}(?:['’]\\p{Lu}+)*");
    private static final Pattern SENTENCE_START = Pattern.compile("\\p{Lu}\\p{Ll}.*");
    /** Dashes inside a name in capitals ("SFB – SERVIÇO …") or between an acronym and its name. */
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    /** An acronym that a dash and the name it stands for may follow ("BLS", "CNCFlora"). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}\\p{L}*");

    /** Words that join the capitalised words of an organisation's name, in the languages references come in. */
    private static final Set<String> PARTICLES = Set.of(
            "of", "for", "and", "the", "on", "in", "de", "da", "do", "das", "dos", "e", "del", "la", "las", "los", "y",
            "et", "des", "du", "für", "und", "der");
    /** Initials in capitals after a surname ("KELLNER AWA.") are at most this long: the author is a person. */
    private static final int INITIALS = 3;

    private static final int AUTHOR = TokenLabel.AUTHOR.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int TITLE = TokenLabel.TITLE.ordinal();

    private CapitalsAuthor() {}

    /**
     * Relabels, in {@code labels}, a leading run of words in capitals ended by a full stop as the author, and words
     * after the stop the model kept in the author as what follows them. Returns whether it did: the author is then
     * one name, not to be split into family and given names.
     */
    static boolean settle(List<Token> tokens, int[] labels) {
        int stop = 0;
        while (stop < tokens.size() && inName(tokens, stop)) {
            stop++;
        }
        stop = Math.max(stop, spelledOut(tokens));
        if (stop == 0
                || stop + 1 >= tokens.size()
                || !tokens.get(stop).text().equals(".")
                || joining(tokens.get(stop - 1).text())
                || stop > 1 && tokens.get(stop - 1).text().length() <= INITIALS) {
            return false;
        }
        String next = tokens.get(stop + 1).text();
        if (!Dates.isYear(next) && !SENTENCE_START.matcher(next).matches()) {
            return false;
        }
        for (int k = 0; k < stop; k++) {
            labels[k] = AUTHOR;
        }
        labels[stop] = OTHER;
        int after = stop + 1;
        while (after < tokens.size() && labels[after] == AUTHOR) {
            after++;
        }
        boolean titled = false;
        for (int label : labels) {
            titled |= label == TITLE;
        }
        // "LUCIANO. Obras I. Madrid: Gredos": the words the model kept in the author are the work's title when it
        // found none, else the start of whatever follows them.
        int instead = !titled || after == tokens.size() ? TITLE : labels[after];
        for (int k = stop + 1; k < after; k++) {
            labels[k] = instead == OTHER ? TITLE : instead;
        }
        return true;
    }

    /**
     * Where an acronym, a dash and the name it stands for end at a full stop ("BLS – US Bureau of Labor Statistics.",
     * "CNCFlora - Centro Nacional de Conservação da Flora."), or 0: every word capitalised but joining ones.
     */
    private static int spelledOut(List<Token> tokens) {
        if (tokens.size() < 4
                || !ACRONYM.matcher(tokens.get(0).text()).matches()
                || !DASHES.contains(tokens.get(1).text())) {
            return 0;
        }
        int k = 2;
        while (k < tokens.size() && !tokens.get(k).text().equals(".")) {
            String word = tokens.get(k).text();
            if (!Character.isUpperCase(word.charAt(0)) && !PARTICLES.contains(word)) {
                return 0;
            }
            k++;
        }
        return k > 2 && k < tokens.size() ? k : 0;
    }

    private static boolean inName(List<Token> tokens, int k) {
        String text = tokens.get(k).text();
        return CAPITALS.matcher(text).matches() || k > 0 && joining(text);
    }

    private static boolean joining(String token) {
        return DASHES.contains(token) || token.equals("&");
    }
}
