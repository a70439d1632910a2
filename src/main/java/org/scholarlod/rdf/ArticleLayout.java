package org.scholarlod.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * An article as it is stored: its own graph (the triples about the article and the nodes minted under it, its
 * provenance, and a {@link ScholarLodVocab#sharedPart} link to each shared description) and those shared
 * descriptions.
 */
public record ArticleLayout(Node name, Graph own, List<SharedPart> shared) {
    public ArticleLayout {
        shared = List.copyOf(shared);
    }
}
