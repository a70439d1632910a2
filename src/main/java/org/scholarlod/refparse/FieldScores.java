package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Field-level precision, recall and F1 of parsed references against annotations, as GROBID's evaluation
 * counts them: per field, a value found and equal is a true positive, a value found and different a false
 * positive (and a false negative when one was expected), a value missed a false negative. Exact matching
 * compares the text; soft matching ignores case, spaces and punctuation.
 */
public final class FieldScores {
    private final boolean soft;
    private final Map<String, int[]> counts = new TreeMap<>();

    public FieldScores(boolean soft) {
        this.soft = soft;
    }

    /** Adds one reference: the fields expected and the fields found, over the given field names. */
    public void add(Map<String, String> expected, Map<String, String> found) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(expected.keySet());
        names.addAll(found.keySet());
        for (String field : names) {
            String e = expected.get(field);
            String f = found.get(field);
            if (e == null && f == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(field, k -> new int[3]);
            if (byName(e) || byName(f)) {
                addNames(c, e, f);
            } else if (e != null && f != null && same(e, f)) {
                c[0]++;
            } else {
                if (f != null) {
                    c[1]++;
                }
                if (e != null) {
                    c[2]++;
                }
            }
        }
    }

    /** Adds another score's counts, field by field: scores of parts make the score of the whole. */
    public void add(FieldScores other) {
        other.counts.forEach((field, c) -> {
            int[] sum = counts.computeIfAbsent(field, k -> new int[3]);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += c[i];
            }
        });
    }

    private static boolean byName(String value) {
        return value != null && value.contains("|");
    }

    /**
     * Names one by one: a name found and expected is a true positive, each found name not expected a false
     * positive, each expected name not found a false negative. Soft matching compares the family names only.
     */
    private void addNames(int[] c, String expected, String found) {
        List<String> left = new ArrayList<>(units(expected));
        List<String> names = units(found);
        for (String name : names) {
            if (left.remove(name)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        c[2] += left.size();
    }

    private List<String> units(String names) {
        if (names == null) {
            return List.of();
        }
        List<String> units = new ArrayList<>();
        for (String name : names.split(ComparableFields.NAME_SEPARATOR)) {
            units.add(soft ? normalise(name.substring(0, Math.max(0, name.indexOf('|')))) : name);
        }
        return units;
    }

    private boolean same(String expected, String found) {
        return soft ? normalise(expected).equals(normalise(found)) : expected.equals(found);
    }

    private static String normalise(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Micro-averaged F1 over all fields. */
    public double microF1() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return f1(tp, fp, fn);
    }

    /** F1 of one field (1 when the field was never expected nor found). */
    public double f1(String field) {
        int[] c = counts.getOrDefault(field, new int[3]);
        return c[0] + c[1] + c[2] == 0 ? 1 : f1(c[0], c[1], c[2]);
    }

    /** A table: field, precision, recall, F1, support; then the micro average. */
    public String table() {
        StringBuilder out = new StringBuilder(
                String.format(Locale.ROOT, "%-18s %9s %9s %9s %8s%n", "field", "precision", "recall", "f1", "support"));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] c = entry.getValue();
            out.append(row(entry.getKey(), c[0], c[1], c[2]));
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return out.append(row("all (micro)", tp, fp, fn)).toString();
    }

    private static String row(String name, int tp, int fp, int fn) {
        return String.format(
                Locale.ROOT,
                "%-18s %9.4f %9.4f %9.4f %8d%n",
                name,
                ratio(tp, tp + fp),
                ratio(tp, tp + fn),
                f1(tp, fp, fn),
                tp + fn);
    }

    private static double f1(int tp, int fp, int fn) {
        double p = ratio(tp, tp + fp);
        double r = ratio(tp, tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
