package org.scholarlod.model;

/**
 * A name in a reference: a person's family and given names and the suffix after them ("Jr.", "III", "Filho"), or
 * a literal name for an organisation.
 */
public record PersonName(String family, String given, String suffix, String literal) {
    public PersonName {
        family = Checks.optionalText("name.family", family);
        given = Checks.optionalText("name.given", given);
        suffix = Checks.optionalText("name.suffix", suffix);
        literal = Checks.optionalText("name.literal", literal);
        if ((family == null) == (literal == null)) {
            throw new IllegalArgumentException(
                    "a name has a family name or a literal name, not both or neither: " + family + " / " + literal);
        }
        if (suffix != null && family == null) {
            throw new IllegalArgumentException("an organisation's name '" + literal + "' has no suffix: " + suffix);
        }
    }

    public static PersonName person(String family, String given) {
        return new PersonName(family, given, null, null);
    }

    public static PersonName person(String family, String given, String suffix) {
        return new PersonName(family, given, suffix, null);
    }

    public static PersonName organisation(String name) {
        return new PersonName(null, null, null, name);
    }

    public boolean isOrganisation() {
        return literal != null;
    }

    /** The name as written in running text: "G. Gereffi", "M. L. King Jr.", "European Commission". */
    public String display() {
        if (literal != null) {
            return literal;
        }
        String name = given == null ? family : given + " " + family;
        return suffix == null ? name : name + " " + suffix;
    }
}
