package org.scholarlod.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.scholarlod.model.Article;
import org.scholarlod.model.Identifier;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.Journal;
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
        out.type(article, Fabio.Expression, WorkClasses.of(a.type()));
        out.text(article, Dct.title, a.title());
        out.text(article, Fabio.hasSubtitle, a.subtitle());
        out.text(article, Dct.abstract_, a.abstractText());
        if (a.doi() != null) {
            out.text(article, Dct.identifier, a.doi());
            Identifiers.add(c, article, new Identifier(IdentifierScheme.DOI, a.doi()));
        }
        a.identifiers().forEach(id -> Identifiers.add(c, article, id));
        out.date(article, Dct.issued, a.issued());
        out.date(article, Prism.publicationDate, a.issued());
        container(c, article);
        out.text(article, Fabio.hasElectronicArticleIdentifier, a.articleNumber());
        manifestation(c, article, "print", Fabio.PrintObject, a.publishedPrint());
        manifestation(c, article, "online", Fabio.DigitalManifestation, a.publishedOnline());
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
        if (a.type() != WorkType.JOURNAL_ARTICLE && a.type() != WorkType.CHAPTER) {
            a.identifiers().stream()
                    .filter(id -> id.scheme() == IdentifierScheme.ISBN)
                    .forEach(id -> out.text(article, Prism.isbn, id.value()));
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

    /** The print or the online edition, when the source gives the date it was published on. */
    private static void manifestation(MappingContext c, Node article, String edition, Node kind, String date) {
        if (date != null) {
            Node node = c.uris().embodiment(c.key(), edition);
            c.out().add(article, Frbr.embodiment, node);
            c.out().type(node, Fabio.Manifestation, kind);
            c.out().date(node, Prism.publicationDate, date);
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
        Journal j = a.journal();
        Node journal = c.uris().journal(j);
        out.type(journal, Fabio.Journal);
        out.text(journal, Dct.title, j.title());
        out.text(journal, Fabio.hasShortTitle, j.shortTitle());
        for (String issn : j.issns()) {
            Identifiers.add(c, journal, new Identifier(IdentifierScheme.ISSN, issn));
        }
        out.text(journal, Prism.issn, j.printIssn());
        out.text(journal, Prism.eIssn, j.electronicIssn());
        Node child = article;
        if (a.volume() != null && a.issue() != null) {
            Node issue = c.uris().issue(j, a.volume(), a.issue());
            out.type(issue, Fabio.Expression, Fabio.JournalIssue);
            out.text(issue, Fabio.hasSequenceIdentifier, a.issue());
            partOf(out, child, issue);
            child = issue;
        }
        if (a.volume() != null) {
            Node volume = c.uris().volume(j, a.volume());
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
