package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Gives a title or a container the years its words lead into, where a later year is the reference's date: a first
 * edition's year ("Introdução crítica a uma poética sociológica [1928]. … São Paulo: Contexto, 2019."), a span a
 * title names ("cours au Collège de France, 1983 - 1984. Paris: Gallimard, 2009.", "Peintre de films 1844-1918"), a
 * survey's year ("Censo Demográfico de 2010. Rio de Janeiro: IBGE, 2012."). The model takes such a year for the
 * date, and the first year it labels would win.
 */
final class TitleYears {
    /** What may stand between a title's last word and the year it leads into. */
    private static final Set<String> BETWEEN = Set.of(",", "[", "(");
    /** What may stand inside a span of years ("1983 - 1984", "1951–1953"). */
    private static final Set<String> SPAN = Set.of("-", "–", "—", "/");

    private static final int ISSUED = TokenLabel.ISSUED.ordinal();
    private static final int TITLE = TokenLabel.TITLE.ordinal();
    private static final int CONTAINER = TokenLabel.CONTAINER_TITLE.ordinal();

    private TitleYears() {}

    /**
     * Relabels, in {@code labels}, every year a title leads into, and every span of years a container's name does,
     * when a different year is labelled a date after it.
     */
    static void settle(List<Token> tokens, int[] labels) {
        int last = lastYear(tokens, labels);
        for (int k = 0; k < last; k++) {
            if (labels[k] != ISSUED
                    || !year(tokens, k)
                    || tokens.get(k).text().equals(tokens.get(last).text())) {
                continue;
            }
            int lead = k - 1;
            while (lead >= 0 && BETWEEN.contains(tokens.get(lead).text())) {
                lead--;
            }
            int end = k;
            while (end + 2 < last && SPAN.contains(tokens.get(end + 1).text()) && year(tokens, end + 2)) {
                end += 2;
            }
            // A year after a journal's name is its date ("Journal of High Energy Physics 2013 (11) 158"); a span
            // is not ("Émile Reynaud, Peintre de films 1844-1918").
            if (lead < 0 || k - lead > 2 || labels[lead] != TITLE && (labels[lead] != CONTAINER || end == k)) {
                continue;
            }
            if (end + 1 < tokens.size()
                    && closes(tokens.get(k - 1).text(), tokens.get(end + 1).text())) {
                end++;
            }
            Arrays.fill(labels, lead + 1, end + 1, labels[lead]);
            k = end;
        }
    }

    /** The last token labelled a date that is a year, or -1. */
    private static int lastYear(List<Token> tokens, int[] labels) {
        for (int k = tokens.size() - 1; k >= 0; k--) {
            if (labels[k] == ISSUED && year(tokens, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean year(List<Token> tokens, int k) {
        return Dates.isYear(tokens.get(k).text());
    }

    private static boolean closes(String open, String close) {
        return open.equals("[") && close.equals("]") || open.equals("(") && close.equals(")");
    }
}
