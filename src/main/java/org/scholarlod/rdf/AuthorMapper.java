package org.scholarlod.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
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
        for (Affiliation affiliation : a.affiliations()) {
            organisations(c, affiliation);
        }
        roles(c, a.authors(), Pro.author, Dct.creator, false);
        roles(c, a.editors(), Pro.editor, Dct.contributor, true);
    }

    private static void roles(MappingContext c, List<Author> people, Node withRole, Node direct, boolean editors) {
        TripleWriter out = c.out();
        Node previous = null;
        for (int i = 0; i < people.size(); i++) {
            Author author = people.get(i);
            Node agent = agent(c, author);
            out.add(c.subject(), direct, agent);
            Node role = editors ? c.uris().editorRole(c.key(), i + 1) : c.uris().authorRole(c.key(), i + 1);
            out.add(c.subject(), Pro.isDocumentContextFor, role);
            out.type(role, Pro.RoleInTime);
            out.add(role, Pro.withRole, withRole);
            out.add(role, Pro.isHeldBy, agent);
            for (int number : author.affiliations()) {
                for (Affiliation affiliation : c.article().affiliations()) {
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

    /** A person, or the organisation a collective author is. */
    private static Node agent(MappingContext c, Author author) {
        TripleWriter out = c.out();
        if (author.collective()) {
            Node group = c.uris().organisation(author.familyName());
            out.type(group, Foaf.Organization, Foaf.Agent);
            out.text(group, Foaf.name, author.familyName());
            return group;
        }
        Node person = c.uris().person(author);
        out.type(person, Foaf.Person, Foaf.Agent);
        out.text(person, Foaf.name, author.name());
        out.text(person, Foaf.givenName, author.givenName());
        out.text(person, Foaf.familyName, author.familyName());
        author.allIdentifiers().forEach(id -> Identifiers.add(c, person, id));
        if (author.orcidAuthenticated() != null) {
            out.typed(
                    person,
                    ScholarLodVocab.orcidAuthenticated,
                    author.orcidAuthenticated().toString(),
                    XSDDatatype.XSDboolean);
        }
        return person;
    }

    private static void organisations(MappingContext c, Affiliation affiliation) {
        TripleWriter out = c.out();
        String name = affiliation.institution();
        Node institution = c.uris().organisation(affiliation);
        out.type(institution, Foaf.Organization, Org.Organization);
        out.text(institution, Foaf.name, name);
        affiliation.identifiers().forEach(id -> Identifiers.add(c, institution, id));
        if (affiliation.city() != null || affiliation.country() != null) {
            Node address = c.uris().address(affiliation);
            out.add(institution, Vcard.hasAddress, address);
            out.type(address, Vcard.Address);
            out.text(address, Vcard.locality, affiliation.city());
            out.text(address, Vcard.region, affiliation.region());
            out.text(address, Vcard.country_name, affiliation.country());
        }
        for (String unitName : affiliation.units()) {
            Node unit = c.uris().unit(affiliation, unitName);
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
        nodes.add(c.uris().organisation(affiliation));
        for (String unit : affiliation.units()) {
            nodes.add(c.uris().unit(affiliation, unit));
        }
        return nodes;
    }
}
