package org.scholarlod.refparse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a title ends in the part of a reference that follows the date: at the first full stop that
 * ends a sentence (not "U.S." or "St."), or at a question or exclamation mark when no full stop follows.
 */
final class TitleSplitter {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+(?=\\S)");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:^|[\\s(])(?:\\p{Lu}|\\p{Lu}\\.\\p{Lu}|St|Dr|Mr|Mrs|Ms|vs|e\\.g|i\\.e|No|Vol|pp|Ed|Eds|ed|eds|Inc|Ltd|Co|Jr|Sr)\\.$");

    private TitleSplitter() {}

    /** Index just after the title's closing punctuation, or -1 when the text is one sentence. */
    static int end(String text) {
        int question = -1;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            int at = m.start();
            char mark = text.charAt(at - 1);
            if (mark == '.') {
                if (!ABBREVIATION
                        .matcher(text.substring(Math.max(0, at - 6), at))
                        .find()) {
                    return at;
                }
            } else if (question < 0) {
                question = at;
            }
        }
        return question;
    }

    /** A title without its closing full stop; question and exclamation marks are part of the title. */
    static String clean(String title) {
        String t = title.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }
}
