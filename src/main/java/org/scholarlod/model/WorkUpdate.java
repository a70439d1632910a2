package org.scholarlod.model;

import java.util.regex.Pattern;

/**
 * One update between two works as the source records it: its kind, the DOI of the other work (the notice that
 * updates this work, or the work this notice updates), the date of the update and who asserted it
 * ({@code publisher}, {@code retraction-watch}) when the source says.
 */
public record WorkUpdate(UpdateKind kind, String doi, String date, String source) {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public WorkUpdate {
        if (kind == null) {
            throw new IllegalArgumentException("update.kind is required");
        }
        doi = Checks.optionalIdentifier("update.DOI", Checks.requiredText("update.DOI", doi), IdentifierScheme.DOI);
        date = Checks.optionalMatch("update.date", date, DATE, "a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        source = Checks.optionalText("update.source", source);
    }
}
