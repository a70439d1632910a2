package org.scholarlod.model;

import java.util.List;

/**
 * An affiliation as listed on an article: sub-units (department, centre, school) of an institution,
 * with city, region and country, and the text it was read from.
 */
public record Affiliation(
        int number,
        List<String> units,
        String institution,
        String city,
        String region,
        String country,
        String text,
        List<Identifier> identifiers) {
    public Affiliation {
        if (number < 1) {
            throw new IllegalArgumentException("affiliation.number " + number + " is not a positive number");
        }
        units = Checks.list("affiliation " + number + " units", units);
        institution = Checks.requiredText("affiliation " + number + " institution", institution);
        city = Checks.optionalText("affiliation " + number + " city", city);
        region = Checks.optionalText("affiliation " + number + " region", region);
        country = Checks.optionalText("affiliation " + number + " country", country);
        text = Checks.optionalText("affiliation " + number + " text", text);
        identifiers = Checks.list("affiliation " + number + " identifiers", identifiers);
    }

    /** An affiliation without identifiers, as a landing page gives it. */
    public Affiliation(
            int number,
            List<String> units,
            String institution,
            String city,
            String region,
            String country,
            String text) {
        this(number, units, institution, city, region, country, text, List.of());
    }
}
