package org.scholarlod.refparse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scholarlod.model.PersonName;

/**
 * A reference known field by field, as a CSL item holds it: what a style renders into a string, and the gold a
 * parse of that string is scored against. Fields are named as in CSL-JSON; {@code issued} holds the year.
 */
record KnownReference(String type, List<PersonName> authors, List<PersonName> editors, Map<String, String> fields) {
    /** The CSL-JSON fields a known reference may hold besides its names: those the model labels. */
    static final Set<String> FIELDS = TokenLabel.ALL.stream()
            .filter(label -> label != TokenLabel.OTHER && !label.names())
            .map(TokenLabel::csl)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    KnownReference {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("reference.type is empty");
        }
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        fields = Map.copyOf(fields);
        for (String field : fields.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("reference.fields has an unknown field '" + field + "'");
            }
        }
        String year = fields.get("issued");
        if (year != null && !year.matches("\\d{4}")) {
            throw new IllegalArgumentException("reference.issued is not a year: '" + year + "'");
        }
    }
}
