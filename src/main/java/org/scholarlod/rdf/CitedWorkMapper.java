package org.scholarlod.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.Identifier;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.Journal;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.WorkType;

/**
 * A parsed cited work: its FaBiO type, title, date, ordered authors and editors (as OCDM roles), container
 * (journal, book, newspaper or series, each its own node), volume, issue, pages, publisher and identifiers.
 * The editors of a chapter are the editors of its book. People named in references are nodes of the work
 * that names them, never merged with article authors by name alone.
 */
final class CitedWorkMapper {
    private final UriMinter uris;
    private final TripleWriter out;

    CitedWorkMapper(UriMinter uris, TripleWriter out) {
        this.uris = uris;
        this.out = out;
    }

    void map(Node node, CitedWork work) {
        out.type(node, Fabio.Expression);
        out.type(node, WorkClasses.of(work.type()));
        out.text(node, Dct.title, work.title());
        out.date(node, Dct.issued, work.issued());
        agents(node, work.authors(), "author", Pro.author, Dct.creator);
        if (work.type() != WorkType.CHAPTER) {
            agents(node, work.editors(), "editor", Pro.editor, Dct.contributor);
        }
        container(node, work);
        out.text(node, Prism.volume, work.volume());
        out.text(node, Prism.issueIdentifier, work.issue());
        out.text(node, Prism.number, work.number());
        out.text(node, Prism.edition, work.edition());
        if (work.page() != null) {
            out.text(node, Prism.startingPage, work.page().first());
            out.text(node, Prism.endingPage, work.page().last());
        }
        if (work.publisher() != null) {
            Node publisher = uris.organisation(work.publisher());
            out.add(node, Dct.publisher, publisher);
            out.type(publisher, Foaf.Organization);
            out.text(publisher, Foaf.name, work.publisher());
        }
        out.text(node, Fabio.hasPlaceOfPublication, work.publisherPlace());
        out.text(node, Prism.event, work.event());
        out.text(node, Prism.location, work.eventPlace());
        out.text(node, Dct.type, work.genre());
        if (work.url() != null && work.url().matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            out.add(node, Fabio.hasURL, NodeFactory.createURI(work.url()));
        }
        if (work.doi() != null) {
            out.text(node, Dct.identifier, work.doi());
            Identifiers.add(uris, out, node, new Identifier(IdentifierScheme.DOI, work.doi()));
        }
    }

    private void container(Node node, CitedWork work) {
        String title = work.containerTitle();
        Node container = null;
        if (title != null && work.type() == WorkType.CHAPTER) {
            List<PersonName> editors = work.editors();
            container = uris.work(
                    editors.isEmpty() ? title : name(editors.get(0)),
                    work.issued() == null ? "n.d." : work.issued(),
                    title);
            out.type(container, Fabio.Expression, Fabio.Book);
            agents(container, editors, "editor", Pro.editor, Dct.contributor);
            out.date(container, Dct.issued, work.issued());
        } else if (title != null && work.type() == WorkType.NEWSPAPER_ARTICLE) {
            container = uris.newspaper(title);
            out.type(container, Fabio.Newspaper);
        } else if (title != null) {
            container =
                    work.issn() != null ? uris.journal(new Journal(title, List.of(work.issn()))) : uris.journal(title);
            out.type(container, Fabio.Journal);
            if (work.issn() != null) {
                Identifiers.add(uris, out, container, new Identifier(IdentifierScheme.ISSN, work.issn()));
            }
        } else if (work.collectionTitle() != null) {
            title = work.collectionTitle();
            container = uris.series(title);
            out.type(container, Fabio.Series);
        }
        if (work.isbn() != null) {
            Node book = container != null && work.type() == WorkType.CHAPTER ? container : node;
            Identifiers.add(uris, out, book, new Identifier(IdentifierScheme.ISBN, work.isbn()));
        }
        if (container != null) {
            out.text(container, Dct.title, title);
            out.add(node, Dct.isPartOf, container);
            out.add(node, Frbr.partOf, container);
        }
    }

    private void agents(Node work, List<PersonName> names, String role, Node proRole, Node direct) {
        WorkAgents.write(uris, out, work, names, role, proRole, direct);
    }

    private static String name(PersonName name) {
        return name.isOrganisation() ? name.literal() : name.family();
    }
}
