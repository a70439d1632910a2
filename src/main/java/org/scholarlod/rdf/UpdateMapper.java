package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.scholarlod.model.Identifier;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.UpdateKind;
import org.scholarlod.model.WorkUpdate;

/**
 * Retractions, corrections and expressions of concern: the notice links the work it updates with CiTO's
 * {@code cito:retracts}, {@code cito:corrects} or {@code cito:updates} (or {@code slod:expressesConcernAbout}),
 * whichever record says so, and a {@code slod:Update} keeps Crossref's type, the date and who asserted it. A
 * notice that retracts another work is also a {@code fabio:RetractionNotice}, as OpenCitations Meta types them.
 */
final class UpdateMapper implements ConcernMapper {

    @Override
    public void map(MappingContext c) {
        for (WorkUpdate update : c.article().updates()) {
            Node updated = other(c, update);
            write(c, c.subject(), updated, update);
            if (update.kind() == UpdateKind.RETRACTION && !updated.equals(c.subject())) {
                c.out().type(c.subject(), Fabio.RetractionNotice);
            }
        }
        for (WorkUpdate update : c.article().updatedBy()) {
            write(c, other(c, update), c.subject(), update);
        }
    }

    /** The CiTO property a notice of this kind links its work with. */
    static Node property(UpdateKind kind) {
        return switch (kind) {
            case RETRACTION, WITHDRAWAL, REMOVAL -> Cito.retracts;
            case CORRECTION, CORRIGENDUM, ERRATUM -> Cito.corrects;
            case EXPRESSION_OF_CONCERN -> ScholarLodVocab.expressesConcernAbout;
            case PARTIAL_RETRACTION, ADDENDUM, CLARIFICATION, NEW_EDITION, NEW_VERSION -> Cito.updates;
        };
    }

    private static Node other(MappingContext c, WorkUpdate update) {
        Node work = c.uris().articleByDoi(update.doi());
        if (!work.equals(c.subject())) {
            // The record says there is a work with this DOI; what kind of work, it does not.
            c.out().type(work, Fabio.Expression);
            c.out().text(work, Dct.identifier, update.doi());
            Identifiers.add(c, work, new Identifier(IdentifierScheme.DOI, update.doi()));
        }
        return work;
    }

    private static void write(MappingContext c, Node notice, Node updated, WorkUpdate update) {
        TripleWriter out = c.out();
        out.add(notice, property(update.kind()), updated);
        Node node = c.uris().update(notice, updated, update.kind().code());
        out.type(node, ScholarLodVocab.Update);
        out.add(node, ScholarLodVocab.updateNotice, notice);
        out.add(node, ScholarLodVocab.updatedWork, updated);
        out.text(node, ScholarLodVocab.updateType, update.kind().code());
        out.date(node, Dct.date, update.date());
        out.text(node, ScholarLodVocab.updateAssertedBy, update.source());
    }
}
