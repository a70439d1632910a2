package org.scholarlod.refparse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parts a journal's name from its volume where the model ran them together, in references that name no journal
 * otherwise: an acronym read as the volume before the volume's number ("2008 JINST 3 S08002", "2013, HEDP, 9,
 * 243"), and a volume's number read as the journal's last word ("JHEP 1211 ,019 ( 2012)"); and the journal's last
 * word read as the volume's where the two touch ("Proc Natl Acad Sci USA 104").
 */
final class JournalInVolume {
    /** Words that mark a volume or a part of one, which stay the volume's. */
    private static final Set<String> VOLUME_WORDS = Set.of(
            "vol",
            "vols",
            "volume",
            "volumes",
            "v",
            "bd",
            "band",
            "t",
            "tome",
            "tomo",
            "tom",
            "jg",
            "jahrg",
            "jahrgang",
            "suppl",
            "supplement",
            "pt",
            "part",
            "no",
            "nr",
            "ser",
            "series",
            "sect",
            "section",
            "issue",
            "spec",
            "special",
            "ed",
            "edn",
            "book",
            "bk",
            "année",
            "ano",
            "anno",
            "año",
            "rok",
            "p",
            "pp",
            "art",
            "article",
            "isbn",
            "issn",
            "doi",
            "pmid",
            "pmcid",
            "arxiv",
            "preprint",
            "heft",
            "fasc",
            "fascicle",
            "fascículo",
            "num",
            "número",
            "numero",
            "cahier",
            "afl");

    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+|[ivxlcdm]+");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");
    private static final int VOLUME = TokenLabel.VOLUME.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();
    private static final int ISSUED = TokenLabel.ISSUED.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();

    private JournalInVolume() {}

    /** Relabels, in {@code labels}, a journal's name read as a volume, or a volume read as the journal's. */
    static void settle(List<Token> tokens, int[] labels) {
        int[] container = TokenLabel.CONTAINER_TITLE.firstRun(labels);
        int[] volume = TokenLabel.VOLUME.firstRun(labels);
        if (container == null && volume != null) {
            acronymAsVolume(tokens, labels, volume);
            acronymAsNoField(tokens, labels, volume);
        } else if (container != null && volume == null) {
            numberAsJournal(tokens, labels, container);
        } else if (container != null && volume[0] == container[1] + 1) {
            journalTailAsVolume(tokens, labels, volume);
        }
    }

    /**
     * "Proc Natl Acad Sci | USA 104(2)": words that open a volume touching the journal end the journal; glued to the
     * number ("PoS LATTICE2015") they are the volume's own.
     */
    private static void journalTailAsVolume(List<Token> tokens, int[] labels, int[] run) {
        int lead = run[0];
        while (lead <= run[1] && Character.isLetter(tokens.get(lead).text().charAt(0))) {
            lead++;
        }
        if (lead > run[0]
                && lead <= run[1]
                && NUMBER.matcher(tokens.get(lead).text()).matches()
                && tokens.get(lead).start() > tokens.get(lead - 1).end()
                && journalName(tokens.subList(run[0], lead))) {
            for (int k = run[0]; k < lead; k++) {
                labels[k] = CONTAINER;
            }
        }
    }

    private static void acronymAsVolume(List<Token> tokens, int[] labels, int[] run) {
        int lead = run[0];
        while (lead <= run[1] && !tokens.get(lead).text().chars().anyMatch(Character::isDigit)) {
            lead++;
        }
        if (lead == run[0] || !journalName(tokens.subList(run[0], lead))) {
            return;
        }
        if (lead <= run[1] || numberedVolumeAfter(tokens, labels, run[1] + 1)) {
            for (int k = run[0]; k < lead; k++) {
                labels[k] = CONTAINER;
            }
        }
    }

    /** "1997, PhPl, 4, 447": a name between commas, after the year and before the volume, that the model left out. */
    private static void acronymAsNoField(List<Token> tokens, int[] labels, int[] volume) {
        int comma = volume[0] - 1;
        int open = comma - 1;
        while (open > 0 && labels[open] == OTHER && !tokens.get(open).text().equals(",")) {
            open--;
        }
        if (open > 0
                && open < comma - 1
                && labels[open - 1] == ISSUED
                && tokens.get(open).text().equals(",")
                && tokens.get(comma).text().equals(",")
                && labels[comma] == OTHER
                && labels[open] == OTHER
                && journalName(tokens.subList(open + 1, comma))) {
            for (int k = open + 1; k < comma; k++) {
                labels[k] = CONTAINER;
            }
        }
    }

    /** A journal's name: capitalised words and their stops or ampersands, not a volume's word or a roman number. */
    private static boolean journalName(List<Token> words) {
        Token first = words.get(0);
        if (!Character.isUpperCase(first.text().charAt(0))) {
            return false;
        }
        int letters = 0;
        for (Token word : words) {
            String text = word.text();
            if (Character.isLetter(text.charAt(0))) {
                if (VOLUME_WORDS.contains(text.toLowerCase(Locale.ROOT))
                        || ROMAN.matcher(text).matches()) {
                    return false;
                }
                letters += text.length();
            } else if (!text.equals(".") && !text.equals("&")) {
                return false;
            }
        }
        return letters >= 2;
    }

    private static boolean numberedVolumeAfter(List<Token> tokens, int[] labels, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (labels[k] == VOLUME && NUMBER.matcher(tokens.get(k).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static void numberAsJournal(List<Token> tokens, int[] labels, int[] run) {
        int last = run[1];
        if (last - run[0] < 1 || (last + 1 < labels.length && labels[last + 1] == CONTAINER)) {
            return;
        }
        Token number = tokens.get(last);
        Token before = tokens.get(last - 1);
        if (NUMBER.matcher(number.text()).matches()
                && Character.isLetter(before.text().charAt(0))
                && !yearOf(tokens, labels, number.text())
                && TokenLabel.PAGE.after(labels, last)) {
            labels[last] = VOLUME;
        }
    }

    /** Whether the number is the reference's year: its year's, or shaped like a year where none was found. */
    private static boolean yearOf(List<Token> tokens, int[] labels, String number) {
        boolean issued = false;
        for (int k = 0; k < tokens.size(); k++) {
            if (labels[k] == ISSUED) {
                issued = true;
                if (tokens.get(k).text().equals(number)) {
                    return true;
                }
            }
        }
        return !issued && Dates.isYear(number);
    }
}
