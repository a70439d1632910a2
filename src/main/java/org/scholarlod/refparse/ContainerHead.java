package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives back to a title the words the model took for the head of the journal's name, up to a full stop ("… from
 * Madidi National Park, | Bolivia. Zootaxa | 1278", "… par M. | Dalloni. Travaux de l'Institut …"): a journal's
 * name holds no sentence, so when its run holds one stop, after a whole word, the words before it end the title.
 * Abbreviated names ("Entomol. Zeitschr.", two stops or more) and series ("… London. Series B") are left alone.
 */
final class ContainerHead {
    /** What may stand between a title and the words given back to it. */
    private static final Set<String> BETWEEN = Set.of(",", ".", "(", ")", ":", "–", "-");
    /**
     * A whole word, not a journal word's abbreviation ("Probab.", "Math.", "Zool.", "Entomol.", "Cogn."): four
     * letters or more, ending in a vowel or a vowel and n, as place and person names at a title's end do ("Bolivia",
     * "Wien", "Dalloni").
     */
    private static final Pattern WHOLE_WORD = Pattern.compile("\\p{L}\\p{Ll}{2,}[aeiouy]|\\p{L}\\p{Ll}+[aeiouy]n");
    /** Journal words' abbreviations (ISO 4) that are shaped like whole words ("Clin. Biomech.", "Semin. Fetal …"). */
    private static final Set<String> LOOKALIKES = Set.of("Clin", "Semin", "Environ");
    /** Words a journal's name puts after a stop: its series, section or part. */
    private static final Pattern SERIES = Pattern.compile(
            "(?i)(?:series|serie|série|section|sect|part|ser|nova|new|neue|nouvelle|nuova|\\p{L}|[ivxlc]+|\\d+)");

    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();

    private ContainerHead() {}

    /** Relabels, in {@code labels}, the head of the first container run that ends the title. */
    static void giveBack(List<Token> tokens, int[] labels) {
        int[] title = TokenLabel.TITLE.firstRun(labels);
        int[] container = TokenLabel.CONTAINER_TITLE.firstRun(labels);
        if (title == null || container == null || container[0] <= title[1]) {
            return;
        }
        for (int k = title[1] + 1; k < container[0]; k++) {
            if (labels[k] != OTHER || !BETWEEN.contains(tokens.get(k).text())) {
                return;
            }
        }
        int stop = -1;
        for (int k = container[0] + 1; k < container[1]; k++) {
            if (tokens.get(k).text().equals(".")) {
                if (stop >= 0) {
                    return;
                }
                stop = k;
            }
        }
        if (stop < 0
                || tokens.get(container[1]).text().equals(".")
                || !WHOLE_WORD.matcher(tokens.get(stop - 1).text()).matches()
                || LOOKALIKES.contains(tokens.get(stop - 1).text())
                || SERIES.matcher(tokens.get(stop + 1).text()).matches()) {
            return;
        }
        Arrays.fill(labels, title[1] + 1, stop, TITLE);
        labels[stop] = OTHER;
    }
}
