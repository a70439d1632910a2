package org.scholarlod.refparse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes an edition the model read as the title or the container ("Classical Electrodynamics, | 3rd edn. (Wiley,
 * 1998)", "Transmission Electron Microscopy ( | SecondEdition )"): a book's edition statement is neither, and the
 * container the model read before it is then the book's title.
 */
final class EditionStatement {
    private static final List<String> ORDINALS =
            List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final Pattern GLUED =
            Pattern.compile("(?i)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)edition");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern SUFFIX = Pattern.compile("st|nd|rd|th|e|ª|\\.");
    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();

    private EditionStatement() {}

    /** The edition's number, its words relabelled in {@code labels} as no field, or null when there is none. */
    static String take(List<Token> tokens, int[] labels) {
        for (int label : new int[] {TITLE, CONTAINER}) {
            int[] run = TokenLabel.ALL.get(label).firstRun(labels);
            if (run == null) {
                continue;
            }
            int end = run[1];
            while (end > run[0]
                    && !Character.isLetterOrDigit(tokens.get(end).text().charAt(0))) {
                end--;
            }
            String edition = edition(tokens.subList(run[0], end + 1));
            if (edition != null && settle(labels, run, label)) {
                return edition;
            }
        }
        return null;
    }

    private static boolean settle(int[] labels, int[] run, int label) {
        int before = run[0] - 1;
        while (before >= 0 && labels[before] == OTHER) {
            before--;
        }
        if (label == TITLE) {
            if (before < 0 || labels[before] != CONTAINER || TokenLabel.TITLE.after(labels, run[1])) {
                return false;
            }
            for (int k = before; k >= 0 && labels[k] == CONTAINER; k--) {
                labels[k] = TITLE;
            }
        } else if (before < 0 || labels[before] != TITLE) {
            return false;
        }
        for (int k = run[0]; k <= run[1]; k++) {
            labels[k] = OTHER;
        }
        return true;
    }

    /** "3rd edn", "2. ed", "Third Edition", "SecondEdition": the edition's number, or null. */
    private static String edition(List<Token> words) {
        String last = words.get(words.size() - 1).text();
        if (words.size() == 1) {
            Matcher glued = GLUED.matcher(last);
            return glued.matches() ? ordinal(glued.group(1)) : null;
        }
        if (words.size() > 3 || !EditionNumber.edition(last)) {
            return null;
        }
        String first = words.get(0).text();
        if (words.size() == 2) {
            return NUMBER.matcher(first).matches() ? first : ordinal(first);
        }
        return NUMBER.matcher(first).matches()
                        && SUFFIX.matcher(words.get(1).text()).matches()
                ? first
                : null;
    }

    private static String ordinal(String word) {
        int at = ORDINALS.indexOf(word.toLowerCase(Locale.ROOT));
        return at < 0 ? null : String.valueOf(at + 1);
    }
}
