package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.scholarlod.model.Article;
import org.scholarlod.model.License;

/**
 * The work's publisher, and every licence the source lists as a {@code dcterms:RightsStatement} with the
 * version it covers and its start date (the licence of the version of record is also the work's
 * {@code dcterms:license}, written by {@link BibliographicMapper}).
 */
final class PublicationMapper implements ConcernMapper {
    @Override
    public void map(MappingContext c) {
        Article a = c.article();
        TripleWriter out = c.out();
        if (a.publisher() != null) {
            Node publisher = c.uris().organisation(a.publisher());
            out.add(c.subject(), Dct.publisher, publisher);
            out.type(publisher, Foaf.Organization);
            out.text(publisher, Foaf.name, a.publisher());
        }
        if (a.licenses().size() == 1
                && a.licenses().get(0).contentVersion() == null
                && a.licenses().get(0).start() == null) {
            return;
        }
        for (int i = 0; i < a.licenses().size(); i++) {
            License license = a.licenses().get(i);
            Node statement = c.uris().license(c.key(), i + 1);
            out.add(c.subject(), Dct.rights, statement);
            out.type(statement, Dct.RightsStatement);
            out.add(statement, Dct.license, NodeFactory.createURI(license.url()));
            out.text(statement, ScholarLodVocab.contentVersion, license.contentVersion());
            out.date(statement, Dct.date, license.start());
        }
    }
}
