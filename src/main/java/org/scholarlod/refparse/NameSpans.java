package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.PersonName;

/**
 * Finds a whole name list in a rendered reference from its marked family names: the list runs from the first
 * name's given names (when a style writes them first) to the last name's given names (when it writes them
 * after), "et al." included, as annotators mark a list.
 */
final class NameSpans {
    private static final Pattern ET_AL = Pattern.compile("^\\s*,?\\s*(?:et\\s*al\\.?|and\\s+others|…|\\.\\.\\.)");

    private NameSpans() {}

    /**
     * Labels the list in {@code by} and returns the names as shown: family names as the style wrote them, given
     * names as known, and only the names the style kept (a style may stop at "et al.").
     */
    static List<PersonName> mark(CharSequence text, int[] by, List<PersonName> names, TokenLabel label) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < by.length; i++) {
            if (by[i] == label.ordinal() && (i == 0 || by[i - 1] != label.ordinal())) {
                int end = i;
                while (end < by.length && by[end] == label.ordinal()) {
                    end++;
                }
                runs.add(new int[] {i, end});
            }
        }
        if (runs.isEmpty() || runs.size() > names.size()) {
            return List.of();
        }
        List<PersonName> shown = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            String family = text.subSequence(runs.get(k)[0], runs.get(k)[1]).toString();
            PersonName known = names.get(k);
            shown.add(
                    known.isOrganisation()
                            ? PersonName.organisation(family)
                            : PersonName.person(family, known.given()));
        }
        int first = runs.get(0)[0];
        int last = runs.get(runs.size() - 1)[1];
        Pattern before = given(names.get(0), "", "\\s*,?\\s*$");
        if (before != null) {
            Matcher m = before.matcher(text.subSequence(0, first));
            if (m.find()) {
                first = m.start();
            }
        }
        Pattern after = given(names.get(runs.size() - 1), "^\\s*,?\\s*", "");
        if (after != null) {
            Matcher m = after.matcher(text.subSequence(last, text.length()));
            if (m.find()) {
                last += m.end();
            }
        }
        Matcher etAl = ET_AL.matcher(text.subSequence(last, text.length()));
        if (etAl.find()) {
            last += etAl.end();
        }
        for (int i = first; i < last; i++) {
            if (by[i] == TokenLabel.OTHER.ordinal()) {
                by[i] = label.ordinal();
            }
        }
        return shown;
    }

    /** The given names in any form a style writes them: "John Paul", "J. P.", "J.-P.", "JP", "J". */
    private static Pattern given(PersonName name, String prefix, String suffix) {
        if (name.isOrganisation() || name.given() == null) {
            return null;
        }
        StringBuilder regex = new StringBuilder(prefix);
        boolean firstWord = true;
        for (String word : name.given().split("[\\s.\\-‐]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String initial = word.substring(0, word.offsetByCodePoints(0, 1));
            String one = "(?iu:" + Pattern.quote(word) + "|" + Pattern.quote(initial) + ")(?!\\p{Ll})\\.?";
            regex.append(firstWord ? one : "(?:[\\s\\-‐.]*" + one + ")?");
            firstWord = false;
        }
        return firstWord ? null : Pattern.compile(regex.append(suffix).toString());
    }
}
