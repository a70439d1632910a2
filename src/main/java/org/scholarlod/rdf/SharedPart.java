package org.scholarlod.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One shared node's description as one record gives it, in the named graph its content names: {@code nTriples}
 * is that content, the triples as N-Triples lines in UTF-8 in sorted order, whose hash is in the name (the
 * arrays are not copied: they are for reading).
 */
public record SharedPart(Node name, List<Triple> triples, List<byte[]> nTriples) {
    public SharedPart {
        if (name == null || !name.isURI()) {
            throw new IllegalArgumentException("shared graph name must be a URI, not " + name);
        }
        triples = List.copyOf(triples);
        nTriples = List.copyOf(nTriples);
        if (nTriples.size() != triples.size()) {
            throw new IllegalArgumentException(
                    "shared graph " + name + " has " + triples.size() + " triples but " + nTriples.size() + " lines");
        }
    }
}
