package org.scholarlod.model;

import java.util.List;
import java.util.regex.Pattern;

/** An author of an article, in author order, with the numbers of the affiliations they hold on it. */
public record Author(String givenName, String familyName, String orcid, List<Integer> affiliations) {
    private static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

    public Author {
        givenName = Checks.optionalText("author.given", givenName);
        familyName = Checks.requiredText("author.family", familyName);
        orcid = Checks.optionalMatch("author " + familyName + " orcid", orcid, ORCID, "an ORCID iD (NNNN-NNNN-NNNN-NNNC)");
        affiliations = Checks.list("author " + familyName + " affiliations", affiliations);
    }

    /** The name as it is usually written: given names, then family name. */
    public String name() {
        return givenName == null ? familyName : givenName + " " + familyName;
    }

    /** Reads a display name such as "Gary Gereffi": the last word is taken as the family name. */
    public static Author fromDisplayName(String name, List<Integer> affiliations) {
        String trimmed = name.strip();
        int space = trimmed.lastIndexOf(' ');
        if (space < 0) {
            return new Author(null, trimmed, null, affiliations);
        }
        return new Author(trimmed.substring(0, space), trimmed.substring(space + 1), null, affiliations);
    }
}
