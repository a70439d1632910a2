package org.scholarlod.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scholarlod.rdf.ArticleLayout;
import org.scholarlod.rdf.ScholarLodVocab;
import org.scholarlod.rdf.SharedLayout;
import org.scholarlod.rdf.SharedPart;

/**
 * Replaces an article in a store laid out by {@link SharedLayout}, inside the caller's write transaction: its
 * own graph is replaced; a shared description is added if no record gave it before; one that no article names
 * any more is removed, so that the shared graphs are always exactly those the stored records give.
 */
final class LaidOutWrite {
    private LaidOutWrite() {}

    static void replace(DatasetGraph dataset, ArticleLayout layout) {
        Node name = layout.name();
        Set<Node> before = new HashSet<>(SharedLayout.parts(dataset, name));
        dataset.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        layout.own().forEach(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        for (SharedPart part : layout.shared()) {
            if (!before.remove(part.name())
                    && !dataset.find(part.name(), Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                part.triples().forEach(t -> dataset.add(part.name(), t.getSubject(), t.getPredicate(), t.getObject()));
            }
        }
        removeUnnamed(dataset, List.copyOf(before));
    }

    private static void removeUnnamed(DatasetGraph dataset, List<Node> parts) {
        for (Node part : parts) {
            if (!dataset.find(Node.ANY, Node.ANY, ScholarLodVocab.sharedPart, part)
                    .hasNext()) {
                dataset.deleteAny(part, Node.ANY, Node.ANY, Node.ANY);
            }
        }
    }
}
