package org.scholarlod.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * An article as it is stored: its own graph (the triples about the article and the nodes minted under it, its
 * provenance, and a {@link ScholarLodVocab#sharedPart} link to each shared description) and those shared
 * descriptions.
 */
public record ArticleLayout(Node name, List<Triple> own, List<SharedPart> shared) {
    public ArticleLayout {
        own = List.copyOf(own);
        shared = List.copyOf(shared);
    }
}
