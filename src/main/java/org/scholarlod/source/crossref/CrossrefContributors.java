package org.scholarlod.source.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.scholarlod.model.Affiliation;
import org.scholarlod.model.Author;
import org.scholarlod.model.Identifier;
import org.scholarlod.model.IdentifierScheme;

/**
 * A work's authors and editors, first the one whose {@code sequence} is {@code first} and then the others in
 * the order given, with their affiliations numbered across the work in order of appearance (one affiliation
 * per distinct name and ROR). A contributor with only a {@code name} is a collective author.
 */
final class CrossrefContributors {
    private final List<Affiliation> affiliations = new ArrayList<>();
    private final List<String> warnings;

    CrossrefContributors(List<String> warnings) {
        this.warnings = warnings;
    }

    List<Author> read(JsonNode work, String field) {
        List<JsonNode> entries = new ArrayList<>();
        work.path(field).forEach(entries::add);
        entries.sort(
                Comparator.comparingInt(e -> "first".equals(e.path("sequence").asText()) ? 0 : 1));
        List<Author> contributors = new ArrayList<>();
        for (JsonNode entry : entries) {
            Author author = contributor(entry, field);
            if (author != null) {
                contributors.add(author);
            }
        }
        return contributors;
    }

    List<Affiliation> affiliations() {
        return List.copyOf(affiliations);
    }

    private Author contributor(JsonNode entry, String field) {
        String family = CrossrefJson.text(entry, "family");
        String given = CrossrefJson.text(entry, "given");
        String name = CrossrefJson.text(entry, "name");
        List<Integer> held = new ArrayList<>();
        entry.path("affiliation").forEach(a -> {
            int number = affiliation(a);
            if (number > 0 && !held.contains(number)) {
                held.add(number);
            }
        });
        if (family == null) {
            if (name != null) {
                return Author.collective(name, held);
            }
            if (given != null) {
                warnings.add(field + " '" + given + "' has a given name and no family name: left out");
            }
            return null;
        }
        String orcid = CrossrefJson.text(entry, "ORCID");
        Boolean authenticated =
                orcid != null && entry.path("authenticated-orcid").isBoolean()
                        ? entry.path("authenticated-orcid").asBoolean()
                        : null;
        return new Author(
                given, family, CrossrefJson.text(entry, "suffix"), orcid, authenticated, false, held, List.of());
    }

    /** The number of the affiliation, added when new; 0 for an affiliation without a name. */
    private int affiliation(JsonNode entry) {
        String name = CrossrefJson.text(entry, "name");
        if (name == null) {
            return 0;
        }
        List<Identifier> ids = new ArrayList<>();
        for (JsonNode id : entry.path("id")) {
            if ("ROR".equalsIgnoreCase(id.path("id-type").asText())
                    && id.path("id").isTextual()) {
                try {
                    ids.add(Identifier.of(
                            IdentifierScheme.ROR,
                            "affiliation.id",
                            id.path("id").asText()));
                } catch (IllegalArgumentException e) {
                    warnings.add("affiliation '" + name + "': " + e.getMessage() + ": left out");
                }
            }
        }
        for (Affiliation known : affiliations) {
            if (known.institution().equals(name) && known.identifiers().equals(ids)) {
                return known.number();
            }
        }
        List<String> units = CrossrefJson.texts(entry, "department");
        int number = affiliations.size() + 1;
        affiliations.add(new Affiliation(number, units, name, null, null, null, name, ids));
        return number;
    }
}
