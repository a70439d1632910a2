package org.scholarlod.source;

import java.text.Normalizer;
import java.util.Locale;

/** Small text normalisations shared by the readers. */
final class Text {
    private Text() {}

    /** Collapses every run of white space (including NO-BREAK SPACE) to one space and trims. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A comparison key: collapsed, case-folded, typographic quotes and dashes made plain. */
    static String key(String text) {
        String plain = Normalizer.normalize(collapse(text), Normalizer.Form.NFKC)
                .replace('’', '\'')
                .replace('‘', '\'')
                .replace('“', '"')
                .replace('”', '"')
                .replace('–', '-')
                .replace('—', '-');
        return plain.toLowerCase(Locale.ROOT);
    }
}
