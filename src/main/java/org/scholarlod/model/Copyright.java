package org.scholarlod.model;

import java.util.regex.Pattern;

/** Who holds the copyright of an article and since which year, with the statement as printed. */
public record Copyright(String holder, String year, String statement) {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public Copyright {
        holder = Checks.optionalText("copyright.holder", holder);
        year = Checks.optionalMatch("copyright.year", year, YEAR, "a four-digit year");
        statement = Checks.optionalText("copyright.statement", statement);
        if (holder == null && year == null) {
            throw new IllegalArgumentException("copyright needs a holder or a year");
        }
    }
}
