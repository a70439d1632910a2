package org.scholarlod.rdf;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.scholarlod.model.Reference;

/**
 * The reference list as OCDM bibliographic entries ({@code frbr:part}, {@code c4o:hasContent}, in order by
 * {@code oco:hasNext}), each pointing to its cited work, which the article {@code cito:cites}. A work two
 * references of one list resolve to (cited twice, or once by DOI and once in print) is described once, from the
 * first: the graph says one thing of each work.
 */
final class ReferenceMapper implements ConcernMapper {
    /** Parses less sure than this are flagged for a curator. */
    static final double NEEDS_REVIEW = 0.6;

    @Override
    public void map(MappingContext c) {
        TripleWriter out = c.out();
        CitedWorkMapper works = new CitedWorkMapper(c.uris(), out);
        Node previous = null;
        Set<Node> described = new HashSet<>();
        for (Reference reference : c.article().references()) {
            Node entry = c.uris().reference(c.key(), reference.number());
            Node work = c.uris().citedWork(c.key(), reference);
            out.add(c.subject(), Frbr.part, entry);
            out.type(entry, Biro.BibliographicReference);
            out.text(entry, Fabio.hasSequenceIdentifier, Integer.toString(reference.number()));
            out.text(entry, C4o.hasContent, reference.text());
            out.text(entry, Dct.identifier, reference.key());
            out.text(entry, ScholarLodVocab.doiAssertedBy, reference.doiAssertedBy());
            out.add(entry, Biro.references, work);
            out.add(c.subject(), Cito.cites, work);
            out.type(work, Fabio.Expression);
            out.text(work, Dct.bibliographicCitation, reference.text());
            if (reference.work() != null && described.add(work)) {
                works.map(work, reference.work());
            }
            if (reference.work() != null && reference.text() != null) {
                double confidence = reference.work().confidence();
                out.typed(entry, ScholarLodVocab.parseConfidence, canonicalDecimal(confidence), XSDDatatype.XSDdecimal);
                out.typed(
                        entry,
                        ScholarLodVocab.needsReview,
                        Boolean.toString(confidence < NEEDS_REVIEW),
                        XSDDatatype.XSDboolean);
            }
            if (previous != null) {
                out.add(previous, Oco.hasNext, entry);
            }
            previous = entry;
        }
    }

    /**
     * Two places, in XSD's canonical form ("0.9", not "0.90"): TDB2 stores decimals by value and gives them back
     * canonical, so any other form could not be deleted again when the article is re-loaded.
     */
    static String canonicalDecimal(double value) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(value)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return (d.scale() <= 0 ? d.setScale(1) : d).toPlainString();
    }
}
