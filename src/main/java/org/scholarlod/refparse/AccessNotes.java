package org.scholarlod.refparse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes a reference to something online ends with, in the languages references are written in: "Available
 * at:", "Disponível em:", "[cited 2011 Jul 12]", "Last access: Jan. 14, 2024", "Acesso em: 3 mar. 2020". They
 * are no field of the cited work, so they are cut off before the model reads the rest (a bracketed one wherever
 * it stands); the date of access is kept where it can be read.
 */
final class AccessNotes {
    /** The text before the notes, and the date of access as an ISO date (null when none could be read). */
    record Cut(String text, String accessed) {}

    /** The words a note of access opens with, in every language here: "Last accessed on", "citado", "acesso em". */
    private static final String ACCESS_WORDS = "(?:last\\s+)?(?:accessed|access|acessado|acesso|cited|citado"
            + "|citad[ao]|consultado|consulted|consulté|retrieved|viewed|visited|zugegriffen|abgerufen"
            + "|дата\\s+обращения)(?:\\s+(?:on|em|el|en|le|am|in))?\\s*:?\\s*";

    private static final Pattern ACCESSED = Pattern.compile("(?iu)[\\s.,;]*[\\[(]?\\s*" + ACCESS_WORDS
            + "(?<date>[^\\[\\]()]{0,40}?\\d{2,4})?\\s*[\\])]?,?(?:\\s+(?:from|at)\\b:?)?\\s*[.,;]?\\s*$");
    private static final Pattern AVAILABLE = Pattern.compile(
            "(?iu)[\\s.,;]*(?:available|disponível|disponivel|disponible|verfügbar|online|url|режим\\s+доступа)"
                    + "(?:\\s+(?:at|from|on|online|in|em|en|unter))?\\s*:?\\s*[.,;]?\\s*$");

    /** A bracketed note with a date inside the text, as Vancouver puts it: "2011 [cited 2014 Sep 29];10(4)". */
    private static final Pattern BRACKETED =
            Pattern.compile("(?iu)\\s*\\[\\s*" + ACCESS_WORDS + "(?<date>[^\\[\\]]{0,40}?\\d{2,4})\\s*\\]");

    private AccessNotes() {}

    /**
     * Cuts the notes off the end of {@code text}, in whichever order they come. Without a URL cut from the text
     * ({@code hadUrl}), only a note with a date goes: a title may end in "online" or "open access".
     */
    static Cut cut(String text, boolean hadUrl) {
        String accessed = null;
        Matcher inside = BRACKETED.matcher(text);
        if (inside.find() && inside.start() > 0) {
            accessed = Dates.iso(inside.group("date"));
            text = ReferenceText.tidy(text.substring(0, inside.start()) + text.substring(inside.end()));
        }
        boolean cut = true;
        while (cut) {
            cut = false;
            Matcher a = ACCESSED.matcher(text);
            if (a.find() && a.start() > 0 && (hadUrl || a.group("date") != null)) {
                if (accessed == null && a.group("date") != null) {
                    accessed = Dates.iso(a.group("date"));
                }
                text = ReferenceText.tidy(text.substring(0, a.start()));
                cut = true;
            }
            Matcher v = AVAILABLE.matcher(text);
            if (hadUrl && v.find() && v.start() > 0) {
                text = ReferenceText.tidy(text.substring(0, v.start()));
                cut = true;
            }
        }
        return new Cut(text, accessed);
    }
}
