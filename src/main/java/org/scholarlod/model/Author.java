package org.scholarlod.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An author (or editor) of an article, in order, with the numbers of the affiliations they hold on it. A
 * collective author (a consortium, a group) has only a name, held as {@code familyName}. {@code
 * orcidAuthenticated} is what the source says of the ORCID (Crossref's {@code authenticated-orcid}), null when
 * it does not say.
 */
public record Author(
        String givenName,
        String familyName,
        String suffix,
        String orcid,
        Boolean orcidAuthenticated,
        boolean collective,
        List<Integer> affiliations,
        List<Identifier> identifiers) {
    private static final Pattern PARTICLE = Pattern.compile("van|von|de|der|den|del|della|di|da|dos|du|le|la|ter|ten");

    public Author {
        givenName = Checks.optionalText("author.given", givenName);
        familyName = Checks.requiredText("author.family", familyName);
        suffix = Checks.optionalText("author " + familyName + " suffix", suffix);
        if (collective && (givenName != null || suffix != null)) {
            throw new IllegalArgumentException(
                    "author '" + familyName + "' is collective, so it has no given name" + " or suffix");
        }
        if (orcidAuthenticated != null && orcid == null) {
            throw new IllegalArgumentException(
                    "author " + familyName + " has an ORCID authentication flag but no ORCID");
        }
        orcid = Checks.optionalIdentifier("author " + familyName + " orcid", orcid, IdentifierScheme.ORCID);
        affiliations = Checks.list("author " + familyName + " affiliations", affiliations);
        identifiers = Checks.list("author " + familyName + " identifiers", identifiers);
    }

    /** An author known by name, ORCID, affiliations and other identifiers. */
    public Author(
            String givenName,
            String familyName,
            String orcid,
            List<Integer> affiliations,
            List<Identifier> identifiers) {
        this(givenName, familyName, null, orcid, null, false, affiliations, identifiers);
    }

    /** A group that authors as one (a consortium, a committee), known by its name. */
    public static Author collective(String name, List<Integer> affiliations) {
        return new Author(null, name, null, null, null, true, affiliations, List.of());
    }

    /** An author known by name, ORCID and affiliations only. */
    public Author(String givenName, String familyName, String orcid, List<Integer> affiliations) {
        this(givenName, familyName, orcid, affiliations, List.of());
    }

    /** Every identifier of the author, the ORCID first. */
    public List<Identifier> allIdentifiers() {
        if (orcid == null) {
            return identifiers;
        }
        List<Identifier> all = new ArrayList<>();
        all.add(new Identifier(IdentifierScheme.ORCID, orcid));
        all.addAll(identifiers);
        return List.copyOf(all);
    }

    /** The name as it is usually written: given names, family name, then the suffix ("Jr."). */
    public String name() {
        String name = givenName == null ? familyName : givenName + " " + familyName;
        return suffix == null ? name : name + " " + suffix;
    }

    /**
     * Reads a display name such as "Gary Gereffi" or "Jan de Vries": the family name is the last word, with
     * the lower-case particles before it ("de", "van der").
     */
    public static Author fromDisplayName(String name, List<Integer> affiliations) {
        String[] words = name.strip().split("\\s+");
        if (words.length == 1) {
            return new Author(null, words[0], null, affiliations);
        }
        int family = words.length - 1;
        while (family > 1 && PARTICLE.matcher(words[family - 1]).matches()) {
            family--;
        }
        return new Author(
                String.join(" ", List.of(words).subList(0, family)),
                String.join(" ", List.of(words).subList(family, words.length)),
                null,
                affiliations);
    }
}
