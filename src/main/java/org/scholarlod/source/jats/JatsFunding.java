package org.scholarlod.source.jats;

import java.util.ArrayList;
import java.util.List;
import org.scholarlod.model.Author;
import org.scholarlod.model.Funding;
import org.scholarlod.model.Identifier;
import org.scholarlod.model.IdentifierScheme;
import org.w3c.dom.Element;

/**
 * {@code funding-group}: each {@code award-group}'s {@code funding-source} (its name, and the Funder ID of an
 * {@code institution-id} of type FundRef or a {@code 10.13039} DOI), one funding per {@code award-id}, and the
 * {@code principal-award-recipient} resolved to an author when exactly one author has that family name.
 */
final class JatsFunding {
    private JatsFunding() {}

    static List<Funding> read(Element meta, List<Author> authors, List<String> warnings) {
        List<Funding> fundings = new ArrayList<>();
        for (Element group : Dom.children(meta, "funding-group")) {
            String statement = Dom.text(Dom.child(group, "funding-statement"));
            List<Element> awards = Dom.children(group, "award-group");
            if (awards.isEmpty() && statement != null) {
                warnings.add(
                        "funding statement '" + statement + "' has no award-group tags naming its funder: left out");
            }
            for (Element award : awards) {
                for (Element source : Dom.children(award, "funding-source")) {
                    funder(source, award, statement, authors, fundings, warnings);
                }
            }
        }
        return fundings;
    }

    private static void funder(
            Element source,
            Element award,
            String statement,
            List<Author> authors,
            List<Funding> fundings,
            List<String> warnings) {
        Element wrap = Dom.child(source, "institution-wrap");
        String name = wrap != null ? Dom.text(Dom.child(wrap, "institution")) : Dom.textWithoutIds(source);
        if (name == null) {
            return;
        }
        List<Identifier> ids = new ArrayList<>();
        for (Element id : Dom.descendants(source, "institution-id")) {
            String value = Dom.text(id);
            if (value != null
                    && (value.contains("10.13039/")
                            || "fundref".equalsIgnoreCase(Dom.attribute(id, "institution-id-type")))) {
                try {
                    ids.add(Identifier.of(IdentifierScheme.CROSSREF_FUNDER, "institution-id", value));
                } catch (IllegalArgumentException e) {
                    warnings.add(e.getMessage() + ": left out");
                }
            }
        }
        String recipient = Dom.text(Dom.path(award, "principal-award-recipient/name/surname"));
        if (recipient == null) {
            recipient = Dom.text(Dom.child(award, "principal-award-recipient"));
        }
        int funded = 0;
        if (recipient != null) {
            String family = recipient;
            List<Author> matching = authors.stream()
                    .filter(a -> a.familyName().equalsIgnoreCase(family))
                    .toList();
            funded = matching.size() == 1 ? authors.indexOf(matching.get(0)) + 1 : 0;
        }
        List<String> numbers = Dom.children(award, "award-id").stream()
                .map(Dom::text)
                .filter(n -> n != null)
                .distinct()
                .toList();
        if (numbers.isEmpty()) {
            fundings.add(new Funding(statement, name, null, recipient, funded, ids));
        }
        for (String number : numbers) {
            fundings.add(new Funding(statement, name, number, recipient, funded, ids));
        }
    }
}
