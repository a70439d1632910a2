package org.scholarlod.source.jats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scholarlod.model.Affiliation;
import org.scholarlod.model.Author;
import org.scholarlod.model.Identifier;
import org.scholarlod.model.IdentifierScheme;
import org.w3c.dom.Element;

/**
 * The {@code contrib-group}s of {@code article-meta}: authors and editors with {@code name} (surname,
 * given-names, suffix), {@code string-name} or {@code collab}, ORCID from {@code contrib-id} in any form, and
 * affiliations linked by {@code xref ref-type="aff"} or held inside the {@code contrib}; {@code aff}
 * elements anywhere in the front matter, with their institution (its ROR from {@code institution-id}),
 * departments, city and country.
 */
final class JatsContributors {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<Affiliation> affiliations = new ArrayList<>();
    private final List<Author> authors = new ArrayList<>();
    private final List<Author> editors = new ArrayList<>();
    private final List<String> warnings;

    JatsContributors(Element meta, List<String> warnings) {
        this.warnings = warnings;
        for (Element aff : Dom.descendants(meta, "aff")) {
            affiliation(aff);
        }
        for (Element group : Dom.children(meta, "contrib-group")) {
            for (Element contrib : Dom.children(group, "contrib")) {
                Author person = contributor(contrib);
                if (person != null) {
                    ("editor".equals(Dom.attribute(contrib, "contrib-type")) ? editors : authors).add(person);
                }
            }
        }
    }

    List<Author> authors() {
        return authors;
    }

    List<Author> editors() {
        return editors;
    }

    List<Affiliation> affiliations() {
        return affiliations;
    }

    private Author contributor(Element contrib) {
        List<Integer> held = new ArrayList<>();
        for (Element xref : Dom.children(contrib, "xref")) {
            if ("aff".equals(Dom.attribute(xref, "ref-type"))) {
                for (String rid : String.valueOf(Dom.attribute(xref, "rid")).split("\\s+")) {
                    Integer number = numbers.get(rid);
                    if (number != null && !held.contains(number)) {
                        held.add(number);
                    }
                }
            }
        }
        for (Element aff : Dom.children(contrib, "aff")) {
            Integer number = numbers.get(key(aff));
            if (number != null && !held.contains(number)) {
                held.add(number);
            }
        }
        Element name = Dom.child(contrib, "name");
        if (name == null) {
            name = Dom.child(Dom.child(contrib, "name-alternatives"), "name");
        }
        if (name != null && Dom.text(name, "surname") != null) {
            return new Author(
                    Dom.text(name, "given-names"),
                    Dom.text(name, "surname"),
                    Dom.text(name, "suffix"),
                    orcid(contrib),
                    null,
                    false,
                    held,
                    List.of());
        }
        Element stringName = Dom.child(contrib, "string-name");
        if (stringName != null && Dom.text(stringName, "surname") != null) {
            return new Author(
                    Dom.text(stringName, "given-names"),
                    Dom.text(stringName, "surname"),
                    null,
                    orcid(contrib),
                    null,
                    false,
                    held,
                    List.of());
        }
        if (stringName != null && Dom.text(stringName) != null) {
            warnings.add("contributor '" + Dom.text(stringName) + "' is a string-name without surname tags: which part"
                    + " is the family name is not said, so it is left out");
            return null;
        }
        String collab = Dom.text(Dom.child(contrib, "collab"));
        return collab == null ? null : Author.collective(collab, held);
    }

    private String orcid(Element contrib) {
        for (Element id : Dom.children(contrib, "contrib-id")) {
            String text = Dom.text(id);
            if (text != null
                    && ("orcid".equalsIgnoreCase(Dom.attribute(id, "contrib-id-type")) || text.contains("orcid.org"))) {
                try {
                    return IdentifierScheme.ORCID.normalise("contrib-id", text);
                } catch (IllegalArgumentException e) {
                    warnings.add(e.getMessage() + ": left out");
                }
            }
        }
        return null;
    }

    private void affiliation(Element aff) {
        String key = key(aff);
        if (numbers.containsKey(key)) {
            return;
        }
        List<String> units = new ArrayList<>();
        String institution = null;
        List<Identifier> ids = new ArrayList<>();
        List<Element> institutions = new ArrayList<>(Dom.children(aff, "institution"));
        for (Element wrap : Dom.children(aff, "institution-wrap")) {
            institutions.addAll(Dom.children(wrap, "institution"));
            for (Element id : Dom.children(wrap, "institution-id")) {
                if ("ror".equalsIgnoreCase(Dom.attribute(id, "institution-id-type")) && Dom.text(id) != null) {
                    try {
                        ids.add(Identifier.of(IdentifierScheme.ROR, "institution-id", Dom.text(id)));
                    } catch (IllegalArgumentException e) {
                        warnings.add(e.getMessage() + ": left out");
                    }
                }
            }
        }
        for (Element part : institutions) {
            String type = String.valueOf(Dom.attribute(part, "content-type"));
            if (type.startsWith("dept") || type.equals("division")) {
                units.add(Dom.text(part));
            } else if (institution == null) {
                institution = Dom.text(part);
            }
        }
        String text = Dom.textWithoutLabels(aff);
        if (institution == null) {
            institution = text;
        }
        if (institution == null) {
            return;
        }
        int number = affiliations.size() + 1;
        numbers.put(key, number);
        affiliations.add(new Affiliation(
                number,
                units.stream().filter(u -> u != null).toList(),
                institution,
                city(aff),
                null,
                Dom.text(aff, "country"),
                text,
                ids));
    }

    /** {@code city} (JATS 1.2+), or the {@code named-content} of content type city in an {@code addr-line}. */
    private static String city(Element aff) {
        String city = Dom.text(aff, "city");
        for (Element line : Dom.children(aff, "addr-line")) {
            for (Element named : Dom.children(line, "named-content")) {
                if (city == null && "city".equals(Dom.attribute(named, "content-type"))) {
                    city = Dom.text(named);
                }
            }
        }
        return city;
    }

    /** An {@code aff}'s id, or its text for one without an id. */
    private static String key(Element aff) {
        String id = Dom.attribute(aff, "id");
        return id != null ? id : "text:" + Dom.textWithoutLabels(aff);
    }
}
