package org.scholarlod.refparse;

import java.util.regex.Pattern;

/**
 * The family of layouts a reference string belongs to, told from where its year stands: a measure over strings
 * whose style is not recorded (references taken from PDFs) can then be given style by style. The families are
 * coarse and say nothing the parser uses.
 */
public enum ReferenceLayout {
    /** "Smith J (2001) Title. J Biol 12:33–45", "Smith, J. (2001). Title.": APA, Harvard, Springer. */
    YEAR_AFTER_AUTHORS_IN_BRACKETS("(year) after the authors: APA, Springer"),
    /** "Smith J. Title. J Biol. 2001;12:33–45.": NLM and other Vancouver styles. */
    YEAR_SEMICOLON_VOLUME("year;volume:pages: Vancouver"),
    /** "Smith J: Title. J Biol 2001, 12:33–45.": BMC. */
    YEAR_COMMA_VOLUME("year, volume:pages: BMC"),
    /** "Smith, J. 2001 Title. J. Biol. 12, 33–45.": Royal Society, Harvard without brackets. */
    YEAR_AFTER_AUTHORS("year after the authors, unbracketed"),
    /** "J. Smith, Title, J. Biol. 12, 33–45 (2001).": Nature, physics, numbered Elsevier. */
    YEAR_LAST("(year) at the end: Nature, physics"),
    /** No year where these put it: no year at all, or a string cut or run together when it was taken. */
    OTHER("other: no year, or a damaged string");

    private static final String YEAR = "(?:1[5-9]|20)\\d\\d";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LAST = Pattern.compile("\\(" + YEAR + "[a-z]?\\)\\.?$");
    private static final Pattern FIRST_BRACKET = Pattern.compile("^[^()]{3,300}?\\(" + YEAR + "[a-z]?\\)");
    private static final Pattern SEMICOLON = Pattern.compile(YEAR + "[a-z]?\\s*;\\s*\\d");
    private static final Pattern COMMA_VOLUME = Pattern.compile(YEAR + "[a-z]?,\\s*\\d+\\s*(?:\\(\\S+\\))?\\s*:");
    private static final Pattern AFTER_AUTHORS = Pattern.compile("^[^()]{3,300}?[.,] " + YEAR + "[a-z]?[.:]?\\s");

    private final String description;

    ReferenceLayout(String description) {
        this.description = description;
    }

    /** What the family is, with styles that write it. */
    public String description() {
        return description;
    }

    /** The family the reference's text belongs to. */
    public static ReferenceLayout of(String text) {
        String flat = SPACES.matcher(text).replaceAll(" ").strip();
        if (LAST.matcher(flat).find()) {
            return YEAR_LAST;
        }
        if (FIRST_BRACKET.matcher(flat).find()) {
            return YEAR_AFTER_AUTHORS_IN_BRACKETS;
        }
        if (SEMICOLON.matcher(flat).find()) {
            return YEAR_SEMICOLON_VOLUME;
        }
        if (COMMA_VOLUME.matcher(flat).find()) {
            return YEAR_COMMA_VOLUME;
        }
        return AFTER_AUTHORS.matcher(flat).find() ? YEAR_AFTER_AUTHORS : OTHER;
    }
}
