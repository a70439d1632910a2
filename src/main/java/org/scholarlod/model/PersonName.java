package org.scholarlod.model;

/** A name in a reference: a person's family and given names, or a literal name for an organisation. */
public record PersonName(String family, String given, String literal) {
    public PersonName {
        family = Checks.optionalText("name.family", family);
        given = Checks.optionalText("name.given", given);
        literal = Checks.optionalText("name.literal", literal);
        if ((family == null) == (literal == null)) {
            throw new IllegalArgumentException(
                    "a name has a family name or a literal name, not both or neither: " + family + " / " + literal);
        }
    }

    public static PersonName person(String family, String given) {
        return new PersonName(family, given, null);
    }

    public static PersonName organisation(String name) {
        return new PersonName(null, null, name);
    }

    public boolean isOrganisation() {
        return literal != null;
    }

    /** The name as written in running text: "G. Gereffi", "European Commission". */
    public String display() {
        return literal != null ? literal : given == null ? family : given + " " + family;
    }
}
