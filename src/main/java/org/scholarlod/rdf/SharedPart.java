package org.scholarlod.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** One shared node's description as one record gives it, in the named graph its content names. */
public record SharedPart(Node name, Graph graph) {
    public SharedPart {
        if (name == null || !name.isURI()) {
            throw new IllegalArgumentException("shared graph name must be a URI, not " + name);
        }
    }
}
