package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.scholarlod.model.Book;
import org.scholarlod.model.Identifier;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.WorkType;

/**
 * A chapter's book: a {@code fabio:Book} the chapter is part of, with its title, ordered editors (OCDM roles),
 * ISBNs, publisher and the book series it belongs to, numbered there.
 */
final class BookMapper implements ConcernMapper {
    @Override
    public void map(MappingContext c) {
        Book book = c.article().book();
        if (book == null) {
            return;
        }
        TripleWriter out = c.out();
        Node node = c.uris().book(book);
        boolean proceedings = c.article().type() == WorkType.CONFERENCE_PAPER;
        out.type(node, Fabio.Expression, proceedings ? Fabio.AcademicProceedings : Fabio.Book);
        if (proceedings) {
            out.text(node, Prism.event, c.article().event());
        }
        out.text(node, Dct.title, book.title());
        out.add(c.subject(), Dct.isPartOf, node);
        out.add(c.subject(), Frbr.partOf, node);
        WorkAgents.write(c.uris(), out, node, book.editors(), "editor", Pro.editor, Dct.contributor);
        for (String isbn : book.isbns()) {
            Identifiers.add(c, node, new Identifier(IdentifierScheme.ISBN, isbn));
        }
        if (book.publisher() != null) {
            Node publisher = c.uris().organisation(book.publisher());
            out.add(node, Dct.publisher, publisher);
            out.type(publisher, Foaf.Organization);
            out.text(publisher, Foaf.name, book.publisher());
        }
        if (book.series() != null) {
            Node series = c.uris().series(book.series());
            out.type(series, Fabio.BookSeries);
            out.text(series, Dct.title, book.series());
            out.add(node, Dct.isPartOf, series);
            out.add(node, Frbr.partOf, series);
            out.text(node, Fabio.hasSequenceIdentifier, book.seriesVolume());
        }
    }
}
