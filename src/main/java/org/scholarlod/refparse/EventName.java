package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the event that ABNT names in capitals after "In:" and the model read as editors ("In: SEMANA DE
 * ENGENHARIA DE ENERGIAS, 2., 2019. Anais…", "In: ENCONTRO BRASILEIRO DE SUBSTÂNCIAS HÚMICAS, Aracaju."): an
 * editors' run of three words in capitals or more, particles aside, with no stop, no comma and no initial, names no
 * person. ABNT's editors are "SILVA, J. (org.)" or "SILVA, Maria José (org.)".
 */
final class EventName {
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}");
    private static final Set<String> PARTICLES =
            Set.of("DE", "DA", "DO", "DAS", "DOS", "E", "EM", "SOBRE", "DEL", "LA", "Y", "EN", "OF", "ON", "AND");
    /** At least this many words in capitals, particles aside, make an event's name, not a family name. */
    private static final int EVENT_WORDS = 3;

    private static final int EDITOR = TokenLabel.EDITOR.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();

    private EventName() {}

    /** The event, relabelled in {@code labels} as no field, or null when no editors' run is one. */
    static String take(String text, List<Token> tokens, int[] labels) {
        int[] run = TokenLabel.EDITOR.firstRun(labels);
        if (run == null || !afterIn(tokens, run[0])) {
            return null;
        }
        int words = 0;
        for (int k = run[0]; k <= run[1]; k++) {
            String word = tokens.get(k).text();
            if (!CAPITALS.matcher(word).matches()) {
                return null;
            }
            words += PARTICLES.contains(word) ? 0 : 1;
        }
        if (words < EVENT_WORDS) {
            return null;
        }
        Arrays.fill(labels, run[0], run[1] + 1, OTHER);
        return text.substring(tokens.get(run[0]).start(), tokens.get(run[1]).end());
    }

    private static boolean afterIn(List<Token> tokens, int at) {
        int k = at - 1;
        if (k >= 0 && tokens.get(k).text().equals(":")) {
            k--;
        }
        return k >= 0 && tokens.get(k).text().equalsIgnoreCase("in");
    }
}
