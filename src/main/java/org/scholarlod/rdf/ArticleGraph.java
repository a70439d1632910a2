package org.scholarlod.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** One article's triples and the name of the graph they are published in; {@code article} is its subject. */
public record ArticleGraph(Node name, Node article, Graph graph) {
    public ArticleGraph {
        if (name == null || !name.isURI()) {
            throw new IllegalArgumentException("graph name must be a URI, not " + name);
        }
    }
}
