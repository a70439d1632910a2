package org.scholarlod.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.scholarlod.model.Affiliation;
import org.scholarlod.model.Article;
import org.scholarlod.model.Author;

/**
 * Authors as {@code foaf:Person}s linked by {@code dcterms:creator}, their order as OCDM author roles
 * ({@code pro:RoleInTime} chained by {@code oco:hasNext}), and on each role the organisations the author
 * holds for this article; affiliations as organisations with sub-units and addresses.
 */
final class AuthorMapper implements ConcernMapper {
    @Override
    public void map(MappingContext c) {
        Article a = c.article();
        TripleWriter out = c.out();
        for (Affiliation affiliation : a.affiliations()) {
            organisations(c, affiliation);
        }
        Node previous = null;
        for (int i = 0; i < a.authors().size(); i++) {
            Author author = a.authors().get(i);
            Node person = c.uris().person(author);
            out.add(c.subject(), Dct.creator, person);
            out.type(person, Foaf.Person, Foaf.Agent);
            out.text(person, Foaf.name, author.name());
            out.text(person, Foaf.givenName, author.givenName());
            out.text(person, Foaf.familyName, author.familyName());
            author.allIdentifiers().forEach(id -> Identifiers.add(c, person, id));
            Node role = c.uris().authorRole(c.key(), i + 1);
            out.add(c.subject(), Pro.isDocumentContextFor, role);
            out.type(role, Pro.RoleInTime);
            out.add(role, Pro.withRole, Pro.author);
            out.add(role, Pro.isHeldBy, person);
            for (int number : author.affiliations()) {
                for (Affiliation affiliation : a.affiliations()) {
                    if (affiliation.number() == number) {
                        organisationsOf(c, affiliation).forEach(org -> out.add(role, Pro.relatesToOrganization, org));
                    }
                }
            }
            if (previous != null) {
                out.add(previous, Oco.hasNext, role);
            }
            previous = role;
        }
    }

    private static void organisations(MappingContext c, Affiliation affiliation) {
        TripleWriter out = c.out();
        String name = affiliation.institution();
        Node institution = c.uris().organisation(name);
        out.type(institution, Foaf.Organization, Org.Organization);
        out.text(institution, Foaf.name, name);
        affiliation.identifiers().forEach(id -> Identifiers.add(c, institution, id));
        if (affiliation.city() != null || affiliation.country() != null) {
            Node address = c.uris().address(name, affiliation.city(), affiliation.country());
            out.add(institution, Vcard.hasAddress, address);
            out.type(address, Vcard.Address);
            out.text(address, Vcard.locality, affiliation.city());
            out.text(address, Vcard.region, affiliation.region());
            out.text(address, Vcard.country_name, affiliation.country());
        }
        for (String unitName : affiliation.units()) {
            Node unit = c.uris().unit(name, unitName);
            out.type(unit, Foaf.Organization, Org.OrganizationalUnit);
            out.text(unit, Foaf.name, unitName);
            out.add(unit, Org.subOrganizationOf, institution);
            out.add(unit, Org.unitOf, institution);
            out.add(institution, Org.hasUnit, unit);
        }
    }

    /** The institution and its units, in that order. */
    private static List<Node> organisationsOf(MappingContext c, Affiliation affiliation) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(c.uris().organisation(affiliation.institution()));
        for (String unit : affiliation.units()) {
            nodes.add(c.uris().unit(affiliation.institution(), unit));
        }
        return nodes;
    }
}
