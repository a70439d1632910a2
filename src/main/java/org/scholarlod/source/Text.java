package org.scholarlod.source;

import java.text.Normalizer;
import java.util.Locale;
import org.scholarlod.model.MarkupText;

/** Small text normalisations shared by the readers. */
final class Text {
    private Text() {}

    /** Collapses every run of white space (including NO-BREAK SPACE) to one space and trims. */
    static String collapse(String text) {
        return MarkupText.collapse(text);
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
