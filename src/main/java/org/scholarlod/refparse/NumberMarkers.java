package org.scholarlod.refparse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads number labels from the words around them rather than from the model. A second number the model took for a
 * volume is the issue when an issue's marker stands before it ("v. 33, n. 81, p. 111-134"); in a reference with
 * no pages, a bare number after the volume is its page ("Phys. Rept. 590, 1 (2015)"). And what the model
 * took for a DOI or a link is no identifier when it holds none (those were taken out of the text before the
 * model saw it): it continues the field before it ("jul./dez. 2013").
 */
final class NumberMarkers {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");
    private static final Pattern SERIES_LETTER = Pattern.compile("\\p{Lu}");
    private static final Set<String> ISSUE_MARKERS = Set.of("n", "no", "nº", "n°", "nr", "num", "núm", "h", "issue");
    private static final int VOLUME = TokenLabel.VOLUME.ordinal();
    private static final int ISSUE = TokenLabel.ISSUE.ordinal();
    private static final int DOI = TokenLabel.DOI.ordinal();
    private static final int URL = TokenLabel.URL.ordinal();
    private static final int OTHER = TokenLabel.OTHER.ordinal();
    private static final int ISSUED = TokenLabel.ISSUED.ordinal();
    private static final int PAGE = TokenLabel.PAGE.ordinal();

    private NumberMarkers() {}

    /** Relabels, in {@code labels}, an issue marked as one and identifiers that hold none. */
    static void settle(List<Token> tokens, int[] labels) {
        boolean volume = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (labels[i] == VOLUME && (i == 0 || labels[i - 1] != VOLUME)) {
                if (volume && afterIssueMarker(tokens, i)) {
                    for (int k = i; k < tokens.size() && labels[k] == VOLUME; k++) {
                        labels[k] = ISSUE;
                    }
                }
                volume = true;
            }
        }
        volumeBeforeEmptyIssue(tokens, labels);
        pageTakenForAYear(tokens, labels);
        issueTakenForPages(tokens, labels);
        if (!TokenLabel.PAGE.after(labels, -1)) {
            pageTakenForAnIssue(tokens, labels);
            pageJoinedToTheVolume(tokens, labels);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if ((labels[i] == DOI || labels[i] == URL) && (i == 0 || labels[i - 1] != labels[i])) {
                int end = i;
                StringBuilder run = new StringBuilder();
                while (end < tokens.size() && labels[end] == labels[i]) {
                    run.append(tokens.get(end++).text());
                }
                if (!identifier(run.toString())) {
                    int before = i == 0 ? OTHER : labels[i - 1];
                    for (int k = i; k < end; k++) {
                        labels[k] = before == DOI || before == URL ? OTHER : before;
                    }
                }
            }
        }
    }

    /**
     * "Nucleic Acids Res, 2022. 50(): p. W216–21": with no volume found, a number before empty brackets, where an
     * issue was left out, is the volume.
     */
    private static void volumeBeforeEmptyIssue(List<Token> tokens, int[] labels) {
        if (TokenLabel.VOLUME.firstRun(labels) != null) {
            return;
        }
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (labels[i] == ISSUE
                    && (i == 0 || labels[i - 1] != ISSUE)
                    && DIGITS.matcher(tokens.get(i).text()).matches()
                    && tokens.get(i + 1).text().equals("(")
                    && tokens.get(i + 2).text().equals(")")) {
                labels[i] = VOLUME;
                return;
            }
        }
    }

    /**
     * "J. Chem. Phys. 38, 2042 (1963)": a number the model took for the year, right after the volume and its comma,
     * is the page when the reference gives another year after it.
     */
    private static void pageTakenForAYear(List<Token> tokens, int[] labels) {
        for (int i = 2; i < tokens.size(); i++) {
            if (labels[i] == ISSUED
                    && labels[i - 2] == VOLUME
                    && tokens.get(i - 1).text().equals(",")
                    && (i + 1 >= tokens.size() || labels[i + 1] != ISSUED)) {
                for (int k = i + 1; k < tokens.size(); k++) {
                    if (labels[k] == ISSUED) {
                        labels[i] = PAGE;
                        return;
                    }
                }
            }
        }
    }

    /**
     * "Pacific Insects 16 (2–3): 307-374": pages in brackets right after the volume, with pages after them, are the
     * issue.
     */
    private static void issueTakenForPages(List<Token> tokens, int[] labels) {
        for (int i = 2; i < tokens.size(); i++) {
            if (labels[i] == PAGE
                    && labels[i - 2] == VOLUME
                    && tokens.get(i - 1).text().equals("(")) {
                int k = i;
                while (k < tokens.size()
                        && labels[k] == PAGE
                        && !tokens.get(k).text().equals(")")) {
                    k++;
                }
                if (k < tokens.size() && tokens.get(k).text().equals(")") && TokenLabel.PAGE.after(labels, k)) {
                    for (int j = i; j < k; j++) {
                        labels[j] = ISSUE;
                    }
                }
                return;
            }
        }
    }

    /**
     * "Phys. Rept. 590, 1 (2015)", "Riv. Nuov. Cim. 18, 1, 1995": in a reference with no pages, a lone number the
     * model took for the issue, after the volume and a bare comma, is the page; an issue is bracketed or marked.
     */
    private static void pageTakenForAnIssue(List<Token> tokens, int[] labels) {
        for (int i = 2; i < tokens.size(); i++) {
            if (labels[i] == ISSUE) {
                if (labels[i - 2] == VOLUME
                        && labels[i - 1] == OTHER
                        && tokens.get(i - 1).text().equals(",")
                        && DIGITS.matcher(tokens.get(i).text()).matches()
                        && (i + 1 == tokens.size() || labels[i + 1] != ISSUE)) {
                    labels[i] = PAGE;
                }
                return;
            }
        }
    }

    /**
     * "Commun. Math. Phys. 254 425 (2005)", "A&A 597 A6": in a reference with no pages, a volume the model read as
     * a number and, after a space, a number or a letter glued to one is the volume and its first page.
     */
    private static void pageJoinedToTheVolume(List<Token> tokens, int[] labels) {
        int[] run = TokenLabel.VOLUME.firstRun(labels);
        if (run == null || !DIGITS.matcher(tokens.get(run[0]).text()).matches()) {
            return;
        }
        int page = run[0] + 1;
        int length = run[1] - run[0] + 1;
        Token first = tokens.get(run[0]);
        Token last = tokens.get(run[1]);
        boolean number = length == 2 && DIGITS.matcher(last.text()).matches();
        boolean lettered = length == 3
                && SERIES_LETTER.matcher(tokens.get(page).text()).matches()
                && DIGITS.matcher(last.text()).matches()
                && last.start() == tokens.get(page).end();
        if ((number || lettered) && tokens.get(page).start() > first.end()) {
            for (int k = page; k <= run[1]; k++) {
                labels[k] = PAGE;
            }
        }
    }

    private static boolean afterIssueMarker(List<Token> tokens, int i) {
        int k = i - 1;
        if (k >= 0 && tokens.get(k).text().equals(".")) {
            k--;
        }
        return k >= 0 && ISSUE_MARKERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
    }

    private static boolean identifier(String run) {
        return run.contains("10.")
                || run.contains("://")
                || run.toLowerCase(Locale.ROOT).contains("www");
    }
}
