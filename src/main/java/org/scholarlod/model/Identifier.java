package org.scholarlod.model;

import java.util.Objects;

/** An identifier of a scheme, held normalised (see {@link IdentifierScheme#normalise}). */
public record Identifier(IdentifierScheme scheme, String value) {
    public Identifier {
        Objects.requireNonNull(scheme, "identifier.scheme");
        value = scheme.normalise(
                "identifier." + scheme.datacite, Checks.requiredText("identifier." + scheme.datacite, value));
    }

    /** Normalises and checks {@code raw}; errors name {@code field}. */
    public static Identifier of(IdentifierScheme scheme, String field, String raw) {
        return new Identifier(scheme, scheme.normalise(field, Checks.requiredText(field, raw)));
    }

    /** The canonical URI, e.g. {@code https://orcid.org/0000-0002-1825-0097}. */
    public String uri() {
        return scheme.uri(value);
    }
}
