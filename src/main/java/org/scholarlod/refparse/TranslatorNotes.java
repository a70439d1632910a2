package org.scholarlod.refparse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence naming a book's translators, in the languages references are written in: "Trad. Paulo Bezerra.",
 * "Tradução de Antonio de Pádua Danesi.", "Tradução do russo, notas e prefácio de Paulo Bezerra.", "Translated by
 * Noel Owen.", and the Brazilian note naming who gathered and translated it ("Organização, tradução e notas: João
 * Wanderley Geraldi."). No field of ours holds translators, and the model, never trained on them, takes the names for a
 * container or editors; the sentence is cut before the model reads the rest. A title that begins with the word
 * ("Tradução, adaptação e validação da escala …") is not a note: a note names a person right after "de", "by",
 * "por" or the abbreviation.
 */
final class TranslatorNotes {
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]*";
    /** From the note's first word to a full stop that does not end an initial ("S. J. e A. Ambrósio."). */
    private static final Pattern NOTE = Pattern.compile("(?u)(?<=[.,;]\\s)(?:"
            + "(?:Trad|Transl)\\.\\s+(?:(?:de|by|por)\\s+)?" + NAME
            + "|(?:Tradução|Traducción|Translated|Traduit|Übersetzt|Organização|Organización),?"
            + "(?:\\s+[\\p{Ll},]+){0,6}?(?:\\s+(?:de|by|por|par|von)|:)\\s+" + NAME
            + ").*?(?<![\\s.]\\p{Lu})\\.(?=\\s|$)");

    private TranslatorNotes() {}

    /** The text without its translator note; the same text when it has none. */
    static String cut(String text) {
        Matcher note = NOTE.matcher(text);
        return note.find() ? ReferenceText.tidy(text.substring(0, note.start()) + text.substring(note.end())) : text;
    }
}
