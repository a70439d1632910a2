package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A token of a reference string: a word, a number or one punctuation character, with where it stands. */
record Token(String text, int start, int end) {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*|\\d+|[^\\s\\p{L}\\d]");

    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }
}
