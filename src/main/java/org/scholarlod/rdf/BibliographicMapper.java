package org.scholarlod.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.scholarlod.model.Identifier;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.Article;
import org.scholarlod.model.WorkType;

/**
 * The article as a work: type, title, abstract, DOI, journal, volume and issue (as OCDM nodes, reachable by
 * {@code dcterms:isPartOf+}), pages (on the article and on its OCDM embodiment), dates, licence and copyright.
 */
final class BibliographicMapper implements ConcernMapper {
    @Override
    public void map(MappingContext c) {
        Article a = c.article();
        TripleWriter out = c.out();
        Node article = c.subject();
        out.type(article, Fabio.Expression, a.type() == WorkType.CHAPTER ? Fabio.BookChapter : Fabio.JournalArticle);
        out.text(article, Dct.title, a.title());
        out.text(article, Dct.abstract_, a.abstractText());
        if (a.doi() != null) {
            out.text(article, Dct.identifier, a.doi());
            Identifiers.add(c, article, new Identifier(IdentifierScheme.DOI, a.doi()));
        }
        a.identifiers().forEach(id -> Identifiers.add(c, article, id));
        out.date(article, Dct.issued, a.issued());
        out.date(article, Prism.publicationDate, a.issued());
        container(c, article);
        if (a.pages() != null) {
            Node embodiment = c.uris().embodiment(c.key());
            out.add(article, Frbr.embodiment, embodiment);
            out.type(embodiment, Fabio.Manifestation);
            for (Node holder : new Node[] {article, embodiment}) {
                out.text(holder, Prism.startingPage, a.pages().first());
                out.text(holder, Prism.endingPage, a.pages().last());
            }
        }
        if (a.license() != null) {
            out.add(article, Dct.license, NodeFactory.createURI(a.license()));
        }
        if (a.copyright() != null) {
            if (a.copyright().holder() != null) {
                Node holder = c.uris().organisation(a.copyright().holder());
                out.add(article, Dct.rightsHolder, holder);
                out.type(holder, Foaf.Organization);
                out.text(holder, Foaf.name, a.copyright().holder());
            }
            out.typed(article, Dct.dateCopyrighted, a.copyright().year(), XSDDatatype.XSDgYear);
            out.text(article, Dct.rights, a.copyright().statement());
        }
    }

    /** Article → issue → volume → journal, each linked by both dcterms:isPartOf and OCDM's frbr:partOf. */
    private static void container(MappingContext c, Node article) {
        Article a = c.article();
        TripleWriter out = c.out();
        out.text(article, Prism.volume, a.volume());
        out.text(article, Prism.issueIdentifier, a.issue());
        if (a.journal() == null) {
            return;
        }
        String title = a.journal().title();
        Node journal = c.uris().journal(title);
        out.type(journal, Fabio.Journal);
        out.text(journal, Dct.title, title);
        for (String issn : a.journal().issns()) {
            Identifiers.add(c, journal, new Identifier(IdentifierScheme.ISSN, issn));
        }
        Node child = article;
        if (a.volume() != null && a.issue() != null) {
            Node issue = c.uris().issue(title, a.volume(), a.issue());
            out.type(issue, Fabio.Expression, Fabio.JournalIssue);
            out.text(issue, Fabio.hasSequenceIdentifier, a.issue());
            partOf(out, child, issue);
            child = issue;
        }
        if (a.volume() != null) {
            Node volume = c.uris().volume(title, a.volume());
            out.type(volume, Fabio.Expression, Fabio.JournalVolume);
            out.text(volume, Fabio.hasSequenceIdentifier, a.volume());
            partOf(out, child, volume);
            child = volume;
        }
        partOf(out, child, journal);
    }

    private static void partOf(TripleWriter out, Node part, Node whole) {
        out.add(part, Dct.isPartOf, whole);
        out.add(part, Frbr.partOf, whole);
    }
}
