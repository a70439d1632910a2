package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reference written with each field marked as «text|label»; the text between fields is "other". */
final class MarkedText {
    private static final Pattern FIELD = Pattern.compile("«([^|]+)\\|([^»]+)»");

    private MarkedText() {}

    static List<TeiCorpus.Segment> segments(String marked) {
        List<TeiCorpus.Segment> segments = new ArrayList<>();
        Matcher field = FIELD.matcher(marked);
        int at = 0;
        while (field.find()) {
            if (field.start() > at) {
                segments.add(new TeiCorpus.Segment(marked.substring(at, field.start()), "other"));
            }
            segments.add(new TeiCorpus.Segment(field.group(1), field.group(2)));
            at = field.end();
        }
        if (at < marked.length()) {
            segments.add(new TeiCorpus.Segment(marked.substring(at), "other"));
        }
        return segments;
    }

    static String text(String marked) {
        return FIELD.matcher(marked).replaceAll("$1");
    }

    /** The label of each token of the text, as the marks give them. */
    static int[] labels(String marked) {
        List<Token> tokens = Token.split(text(marked));
        int[] labels = new int[tokens.size()];
        int start = 0;
        for (TeiCorpus.Segment segment : segments(marked)) {
            int end = start + segment.text().length();
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).start() >= start && tokens.get(t).start() < end) {
                    labels[t] = TokenLabel.ofCsl(segment.label()).ordinal();
                }
            }
            start = end;
        }
        return labels;
    }

    /** The marked text after a rule relabelled its tokens, marked again. */
    static String after(String marked, BiConsumer<List<Token>, int[]> rule) {
        String text = text(marked);
        int[] labels = labels(marked);
        rule.accept(Token.split(text), labels);
        return marked(text, labels);
    }

    /** The text marked again from token labels, to compare with what a rule made of them. */
    static String marked(String text, int[] labels) {
        List<Token> tokens = Token.split(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < tokens.size(); ) {
            int j = i;
            while (j + 1 < tokens.size() && labels[j + 1] == labels[i]) {
                j++;
            }
            out.append(text, at, tokens.get(i).start());
            String span = text.substring(tokens.get(i).start(), tokens.get(j).end());
            TokenLabel label = TokenLabel.ALL.get(labels[i]);
            out.append(label == TokenLabel.OTHER ? span : "«" + span + "|" + label.csl() + "»");
            at = tokens.get(j).end();
            i = j + 1;
        }
        return out.append(text.substring(at)).toString();
    }
}
