package org.scholarlod.refparse;

import java.util.regex.Pattern;
import org.scholarlod.model.MarkupText;

/**
 * A reference string made ready to parse: HTML or JATS markup decoded ("&amp;" is "&", tags dropped), control
 * characters and runs of spaces made one space, punctuation and a list label before the first word dropped,
 * and each line break kept as one "\n", since a layout that puts authors, title and source on lines of their own
 * says where fields end; lines a PDF wrapped say nothing of the kind, and where the text shows a wrap they are
 * joined.
 */
final class ReferenceText {
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\p{Cc}&&[^\\n]]+");
    private static final Pattern AROUND_BREAK = Pattern.compile(" ?\\n[\\s\\n]*");
    /** Punctuation a list leaves before a reference (". Adami F" in SciELO's text, "• Smith J" in a bullet list). */
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[.,;:•·*]+\\s*");
    /**
     * A list's label before the reference: "11.", "[11]", "(11)", "11)", or a bare number before the first author
     * ("19 Winnicott DW.", "26 Brasil. Ministério …", "4 A.C.P. Galvão", "15 Van der Linden FPGM."; a number and a
     * space before a capitalised word or initials that a comma, a stop or a capital follows, as a name is, particles
     * between; "100 Years of …" keeps its number).
     * Styles render one reference as item 1, so the model never saw "11." and took the name after it for a title.
     */
    private static final Pattern LIST_LABEL =
            Pattern.compile("^(?:\\[\\d{1,3}]|\\(\\d{1,3}\\)|\\d{1,3}[.)](?=\\s)|\\d{1,3} +(?=\\p{Lu}(?:[\\p{L}'’-]+"
                    + "(?: (?:van|von|der|den|de|da|do|dos|das|di|du|del|della|la|le|ten|ter))*[,.]?"
                    + "|\\.(?:\\p{Lu}\\.)*) +\\p{Lu}))\\s*");

    private ReferenceText() {}

    /** {@code knownWord}: the words whose hyphenated pairs at a line's end are compounds (see WrappedLines). */
    static String of(String reference, java.util.function.Predicate<String> knownWord) {
        StringBuilder out = new StringBuilder(reference.length());
        for (String line : BREAK_TAG.matcher(reference).replaceAll("\n").split("\\R")) {
            String plain = line.indexOf('&') >= 0 || line.indexOf('<') >= 0 ? MarkupText.inline(line) : line;
            plain = plain == null ? "" : SPACES.matcher(plain).replaceAll(" ").strip();
            if (!plain.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(plain);
            }
        }
        return withoutLabel(
                LEADING_PUNCTUATION.matcher(WrappedLines.joined(out, knownWord)).replaceFirst(""));
    }

    /** The text without the list's label it begins with, if any. */
    private static String withoutLabel(CharSequence text) {
        return LIST_LABEL.matcher(text).replaceFirst("");
    }

    /** Text with a part cut out, tidied again: one space or one break where the cut left several. */
    static String tidy(String text) {
        return AROUND_BREAK
                .matcher(SPACES.matcher(text).replaceAll(" "))
                .replaceAll("\n")
                .strip();
    }

    /** The text on one line, as rules read it: each break a space, so that offsets stay the same. */
    static String flat(String text) {
        return text.replace('\n', ' ');
    }
}
