package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.scholarlod.model.Article;
import org.scholarlod.model.Funding;

/**
 * The acknowledgements, kept verbatim as a DEO section of the article, and each funding statement as a
 * {@code frapo:Grant} awarded by a {@code frapo:FundingAgency}, funding the article and the person it names.
 */
final class FundingMapper implements ConcernMapper {
    @Override
    public void map(MappingContext c) {
        Article a = c.article();
        TripleWriter out = c.out();
        if (a.acknowledgement() != null) {
            Node section = c.uris().acknowledgements(c.key());
            out.add(c.subject(), Frbr.part, section);
            out.type(section, Deo.Acknowledgements);
            out.text(section, C4o.hasContent, a.acknowledgement());
        }
        for (Funding funding : a.fundings()) {
            Node grant = c.uris().grant(funding, c.key());
            Node agency = c.uris().funder(funding);
            out.type(grant, Frapo.Grant);
            out.text(grant, Frapo.hasGrantNumber, funding.grantNumber());
            out.add(grant, Frapo.isAwardedBy, agency);
            out.text(grant, Dct.description, funding.statement());
            out.type(agency, Frapo.FundingAgency, Foaf.Organization);
            out.text(agency, Foaf.name, funding.funder());
            funding.funderIds().forEach(id -> Identifiers.add(c, agency, id));
            out.add(c.subject(), Frapo.isFundedBy, grant);
            if (funding.fundedAuthor() > 0) {
                out.add(c.uris().person(a.authors().get(funding.fundedAuthor() - 1)), Frapo.isFundedBy, grant);
            }
        }
    }
}
