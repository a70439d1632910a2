package org.scholarlod.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.Reference;

/**
 * Reads a reference list from page lines: numbers written "1.", "1. 1.", "[1]" or glued to the text, on the
 * entry's line or on a line of their own above its text, or no numbers at all; bullets and badge lines
 * removed; each entry's text otherwise kept exactly. A number with no text is no reference.
 */
final class ReferenceListReader {
    private static final Pattern NUMBERED =
            Pattern.compile("^\\s*\\[?(\\d{1,4})[.\\]]\\s*(?:\\[?\\1[.\\]]\\s*)?(\\S.*)$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^\\s*\\[?(\\d{1,4})[.\\]]\\s*(?:\\[?\\1[.\\]])?\\s*$");

    private ReferenceListReader() {}

    /** The number and the rest of a numbered list line, or null when the line does not start with a number. */
    static Matcher numbered(String line) {
        Matcher m = NUMBERED.matcher(line);
        return m.matches() ? m : null;
    }

    /** The number of a line that holds only a list number ("1.", "1. 1.", "[1]"), or -1. */
    static int numberOnly(String line) {
        Matcher m = NUMBER_ONLY.matcher(line);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Reads the entries among the lines; unnumbered entries take the next number in sequence. */
    static List<Reference> read(List<String> lines) {
        List<Reference> references = new ArrayList<>();
        int pending = -1;
        for (String line : lines) {
            if (line.isBlank() || ReferenceBadges.isBadgeLine(line) || isListChrome(line)) {
                continue;
            }
            int alone = numberOnly(line);
            if (alone >= 0) {
                pending = alone;
                continue;
            }
            Matcher m = numbered(line);
            int number = m != null
                    ? Integer.parseInt(m.group(1))
                    : pending >= 0
                            ? pending
                            : references.isEmpty()
                                    ? 1
                                    : references.get(references.size() - 1).number() + 1;
            pending = -1;
            String text = ReferenceBadges.strip(m != null ? m.group(2) : line).strip();
            if (!text.isEmpty()) {
                references.add(new Reference(number, text));
            }
        }
        return references;
    }

    private static boolean isListChrome(String line) {
        String text = line.strip();
        return text.equals("Download references")
                || text.equals("Show all references")
                || text.startsWith("Download citation")
                || PageLines.isChrome(text);
    }
}
