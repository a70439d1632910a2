package org.scholarlod.rdf;

import org.apache.jena.graph.Node;

/** Keywords as SKOS concepts in one ScholarLOD scheme: the same keyword is the same concept in every article. */
final class KeywordMapper implements ConcernMapper {
    @Override
    public void map(MappingContext c) {
        if (c.article().keywords().isEmpty()) {
            return;
        }
        Node scheme = c.uris().conceptScheme();
        c.out().type(scheme, Skos.ConceptScheme);
        c.out().text(scheme, Dct.title, "ScholarLOD keywords");
        for (String keyword : c.article().keywords()) {
            Node concept = c.uris().concept(keyword);
            c.out().add(c.subject(), Dct.subject, concept);
            c.out().type(concept, Skos.Concept);
            c.out().text(concept, Skos.prefLabel, keyword);
            c.out().add(concept, Skos.inScheme, scheme);
        }
    }
}
