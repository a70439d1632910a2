package org.scholarlod.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.Reference;

/**
 * Reads a reference list from page lines: numbers written "1.", "1. 1.", "[1]" or glued to the text,
 * or no numbers at all; badge words and badge-only lines removed; each entry's text otherwise kept exactly.
 */
final class ReferenceListReader {
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\[?(\\d{1,4})[.\\]]\\s*(?:\\[?\\1[.\\]]\\s*)?(\\S.*)$");

    private ReferenceListReader() {}

    /** The number and the rest of a numbered list line, or null when the line does not start with a number. */
    static Matcher numbered(String line) {
        Matcher m = NUMBERED.matcher(line);
        return m.matches() ? m : null;
    }

    /** Reads the entries among the lines; unnumbered entries take the next number in sequence. */
    static List<Reference> read(List<String> lines) {
        List<Reference> references = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || ReferenceBadges.isBadgeLine(line) || isListChrome(line)) {
                continue;
            }
            Matcher m = numbered(line);
            int number = m != null ? Integer.parseInt(m.group(1)) : references.size() + 1;
            String text = ReferenceBadges.strip(m != null ? m.group(2) : line).strip();
            if (!text.isEmpty()) {
                references.add(new Reference(number, text));
            }
        }
        return references;
    }

    private static boolean isListChrome(String line) {
        String text = line.strip();
        return text.equals("Download references") || text.equals("Show all references")
                || text.startsWith("Download citation");
    }
}
