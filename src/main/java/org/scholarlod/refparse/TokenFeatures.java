package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The features the sequence model sees for each token: the word, its shape, its neighbours, where it stands. */
final class TokenFeatures {
    private TokenFeatures() {}

    static List<String[]> of(String text, List<Token> tokens) {
        List<String[]> all = new ArrayList<>(tokens.size());
        int depth = 0;
        int periods = 0;
        boolean afterYear = false;
        String lastPunct = "^";
        int commas = 0;
        boolean quoted = false;
        int line = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            List<String> f = new ArrayList<>(24);
            if (breakBefore(text, tokens, i)) {
                line++;
                f.add("nl");
                f.add("nl|lastp=" + lastPunct);
                f.add("nl|s=" + shape(t.text()));
            }
            if (i + 1 < tokens.size() && breakBefore(text, tokens, i + 1)) {
                f.add("nlAfter|s=" + shape(t.text()));
            }
            if (line > 0) {
                f.add("line=" + Math.min(line, 3));
            }
            String word = t.text();
            String lower = word.toLowerCase(Locale.ROOT);
            f.add("b");
            f.add("w=" + (lower.length() > 25 ? lower.substring(0, 25) : lower));
            f.add("s=" + shape(word));
            f.add("pos=" + (tokens.size() < 2 ? 0 : i * 10 / tokens.size()));
            // Where a token stands counted in tokens, not as a share: in a list of a thousand authors the title
            // is not a tenth of the way in, but still some tens of tokens from the end.
            f.add("from=" + bucket(i));
            f.add("left=" + bucket(tokens.size() - 1 - i));
            if (word.chars().allMatch(Character::isDigit)) {
                f.add("num" + Math.min(word.length(), 5));
                if (word.length() == 4 && (word.startsWith("19") || word.startsWith("20"))) {
                    f.add("year");
                }
            }
            if (word.length() == 1
                    && Character.isUpperCase(word.charAt(0))
                    && next(text, tokens, i).equals(".")) {
                f.add("initial");
            }
            if (t.start() > 0 && !Character.isWhitespace(text.charAt(t.start() - 1))) {
                f.add("glued");
            }
            f.add("depth=" + Math.min(depth, 2));
            f.add("lastp=" + lastPunct);
            f.add("lastp=" + lastPunct + "|s=" + shape(word));
            if (afterYear) {
                f.add("afterYear");
            }
            f.add("periods=" + Math.min(periods, 4));
            f.add("commas=" + Math.min(commas, 4));
            f.add("s=" + shape(word) + "|periods=" + Math.min(periods, 4));
            if (quoted) {
                f.add("quoted");
            }
            for (int d = -2; d <= 2; d++) {
                if (d != 0) {
                    int j = i + d;
                    String w = j < 0
                            ? "<s>"
                            : j >= tokens.size() ? "</s>" : tokens.get(j).text().toLowerCase(Locale.ROOT);
                    f.add("w" + d + "=" + (w.length() > 20 ? w.substring(0, 20) : w));
                    f.add("s" + d + "="
                            + (j < 0 || j >= tokens.size()
                                    ? w
                                    : shape(tokens.get(j).text())));
                }
            }
            f.add("w-1w=" + (i == 0 ? "<s>" : tokens.get(i - 1).text().toLowerCase(Locale.ROOT)) + "|" + lower);
            f.add("ww+1=" + lower + "|"
                    + (i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "</s>"));
            String kind = WordClasses.of(word);
            if (kind != null) {
                f.add("c=" + kind);
            }
            for (int d : new int[] {-1, 1}) {
                String near = i + d < 0 || i + d >= tokens.size()
                        ? null
                        : WordClasses.of(tokens.get(i + d).text());
                if (near != null) {
                    f.add("c" + d + "=" + near);
                }
            }
            all.add(f.toArray(new String[0]));
            if (word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0))) {
                lastPunct = word;
            }
            if (word.length() == 4
                    && (word.startsWith("19") || word.startsWith("20"))
                    && word.chars().allMatch(Character::isDigit)) {
                afterYear = true;
            }
            if (word.equals(".") && !(i > 0 && tokens.get(i - 1).text().length() == 1)) {
                periods++;
            } else if (word.equals(",")) {
                commas++;
            }
            if (word.equals("(") || word.equals("[")) {
                depth++;
            } else if ((word.equals(")") || word.equals("]")) && depth > 0) {
                depth--;
            } else if (word.equals("“")) {
                quoted = true;
            } else if (word.equals("”")) {
                quoted = false;
            } else if (word.equals("\"")) {
                quoted = !quoted;
            }
        }
        return all;
    }

    private static int bucket(int count) {
        return count < 4 ? count : count < 8 ? 4 : count < 16 ? 8 : count < 32 ? 16 : count < 64 ? 32 : 64;
    }

    /** Whether a line ends between token i-1 and token i. */
    private static boolean breakBefore(String text, List<Token> tokens, int i) {
        int from = i == 0 ? 0 : tokens.get(i - 1).end();
        return i > 0 && text.substring(from, tokens.get(i).start()).indexOf('\n') >= 0;
    }

    private static String next(String text, List<Token> tokens, int i) {
        return i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
    }

    /** "Xxxx", "XX", "dddd", "x", or the punctuation itself. */
    static String shape(String word) {
        StringBuilder s = new StringBuilder();
        char last = 0;
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k == last) {
                if (++run > 2) {
                    continue;
                }
            } else {
                run = 1;
            }
            s.append(k);
            last = k;
        }
        return s.toString();
    }
}
