package org.scholarlod.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a page as a scrape gives it, with what the scrape added taken off: markdown link syntax,
 * heading marks ({@code #}) and list bullets ({@code •}, {@code -}, {@code *}); list numbers are kept,
 * since reference lists need them. NO-BREAK SPACE is kept: it separates keywords on some pages.
 */
record PageLine(String text, boolean bulleted, int headingLevel) {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{0,500})\\]\\([^)\\s]{0,2000}\\)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final Pattern BULLET = Pattern.compile("^[•·▪◦‣*–-]\\s+|^[•·▪◦‣]\\s*(?=\\S)");
    private static final Pattern SPACES = Pattern.compile("[\\s&&[^\u00A0]]+");

    static PageLine of(String raw) {
        String text = LINK.matcher(raw).replaceAll("$1").strip();
        int level = 0;
        Matcher heading = HEADING.matcher(text);
        if (heading.matches()) {
            level = heading.group(1).length();
            text = heading.group(2);
        }
        boolean bulleted = false;
        Matcher bullet = BULLET.matcher(text);
        if (bullet.find()) {
            bulleted = true;
            text = text.substring(bullet.end()).strip();
        }
        return new PageLine(SPACES.matcher(text).replaceAll(" ").strip(), bulleted, level);
    }

    boolean isBlank() {
        return text.isEmpty();
    }
}
