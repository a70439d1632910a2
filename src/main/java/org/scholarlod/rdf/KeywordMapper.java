package org.scholarlod.rdf;

import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * Keywords as SKOS concepts in one ScholarLOD scheme, and subject categories in another: the same keyword is
 * the same concept in every article.
 */
final class KeywordMapper implements ConcernMapper {
    @Override
    public void map(MappingContext c) {
        concepts(c, c.uris().conceptScheme(), "ScholarLOD keywords", c.article().keywords(), c.uris()::concept);
        concepts(c, c.uris().subjectScheme(), "Subject categories", c.article().subjects(), c.uris()::subject);
    }

    private static void concepts(
            MappingContext c, Node scheme, String title, List<String> labels, Function<String, Node> mint) {
        if (labels.isEmpty()) {
            return;
        }
        c.out().type(scheme, Skos.ConceptScheme);
        c.out().text(scheme, Dct.title, title);
        for (String label : labels) {
            Node concept = mint.apply(label);
            c.out().add(c.subject(), Dct.subject, concept);
            c.out().type(concept, Skos.Concept);
            c.out().text(concept, Skos.prefLabel, label);
            c.out().add(concept, Skos.inScheme, scheme);
        }
    }
}
