package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The features the name model sees for each token of a name list: the word, its shape, its neighbours. */
final class NameFeatures {
    /** Lower-case particles that stand inside names ("da", "van", "'t"). */
    static final Set<String> PARTICLES = Set.of(
            "van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "del", "dos", "das", "des", "ter", "ten",
            "t", "y", "bin", "ibn", "al", "el", "zu", "dal", "della", "st");
    /** Lower-case suffixes that close names ("jr", "filho"). */
    static final Set<String> SUFFIXES = Set.of(
            "jr", "sr", "ii", "iii", "iv", "jun", "sen", "jnr", "snr", "júnior", "junior", "filho", "neto", "sobrinho");

    private static final Set<String> JOINERS = Set.of("and", "&", "und", "et", "y", "e", "og", "och", "i");

    /** A word of a name: "Meyer-Stamer", "'t", "O'Brien", "J-T" and OCR's "P~un" are one word each. */
    private static final Pattern WORD = Pattern.compile("['’]?[\\p{L}\\p{N}]+(?:[-'’~][\\p{L}\\p{N}]+)*");

    private NameFeatures() {}

    /**
     * The words of a name list: what the model labels. Punctuation and the words that join names ("and") are
     * not labelled; they are features of the words beside them, so that a label follows the last name part
     * directly and the model can learn that a family name follows given names and given names a family name.
     */
    static List<Token> words(String text) {
        List<Token> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            Token token = new Token(m.group(), m.start(), m.end());
            String word = token.text();
            boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
            if (initial || !JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                words.add(token);
            }
        }
        return words;
    }

    static List<String[]> of(String text, List<Token> words) {
        List<String[]> all = new ArrayList<>(words.size());
        int n = words.size();
        boolean organisation = words.stream().anyMatch(t -> "organisation".equals(WordClasses.of(t.text())));
        String listShape = n == 0 ? "" : shape(words.get(0)) + gap(text, words, 1) + (n > 1 ? shape(words.get(1)) : "");
        int commas = 0;
        for (int i = 0; i < n; i++) {
            Token t = words.get(i);
            String word = t.text();
            String lower = word.toLowerCase(Locale.ROOT);
            String s = shape(t);
            String before = gap(text, words, i);
            String after = gap(text, words, i + 1);
            List<String> f = new ArrayList<>(32);
            f.add("b");
            f.add("w=" + (lower.length() > 20 ? lower.substring(0, 20) : lower));
            f.add("s=" + s);
            f.add("before=" + before);
            f.add("after=" + after);
            f.add("around=" + before + "|" + after);
            f.add("before|s=" + before + "|" + s);
            f.add("after|s=" + after + "|" + s);
            f.add("list=" + listShape);
            f.add("list|s=" + listShape + "|" + s + "|" + after);
            f.add("commas=" + (commas % 2) + "|s=" + s);
            f.add("pos=" + (i == 0 ? "first" : i == n - 1 ? "last" : "mid"));
            if (PARTICLES.contains(lower)) {
                f.add("particle");
            }
            if (SUFFIXES.contains(lower)) {
                f.add("suffix");
            }
            if (organisation) {
                f.add("organisation|s=" + s);
            }
            for (int d = -2; d <= 2; d++) {
                if (d != 0) {
                    int j = i + d;
                    String w = j < 0
                            ? "<s>"
                            : j >= n ? "</s>" : words.get(j).text().toLowerCase(Locale.ROOT);
                    f.add("w" + d + "=" + (w.length() > 15 ? w.substring(0, 15) : w));
                    f.add("s" + d + "=" + (j < 0 || j >= n ? w : shape(words.get(j))));
                }
            }
            f.add("s-1|s=" + (i == 0 ? "<s>" : shape(words.get(i - 1))) + "|" + before + "|" + s);
            f.add("s|s+1=" + s + "|" + after + "|" + (i + 1 < n ? shape(words.get(i + 1)) : "</s>"));
            all.add(f.toArray(new String[0]));
            if (after.contains(",") || after.contains(";")) {
                commas++;
            }
        }
        return all;
    }

    /** What stands between word i-1 and word i: punctuation and joining words, spaces as "_". */
    private static String gap(String text, List<Token> words, int i) {
        int from = i == 0 ? 0 : words.get(i - 1).end();
        int to = i >= words.size() ? text.length() : words.get(i).start();
        String gap = text.substring(from, to).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
        return gap.length() > 8 ? gap.substring(0, 8) : gap.isEmpty() ? "_" : gap;
    }

    private static String shape(Token token) {
        return TokenFeatures.shape(token.text());
    }
}
