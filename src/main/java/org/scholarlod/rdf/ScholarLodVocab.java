package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** ScholarLOD's own terms, for what no shared vocabulary says: how sure the reference parser was. */
public final class ScholarLodVocab {
    public static final String NS = "https://w3id.org/scholarlod/ns#";

    /** On a reference entry: the parser's confidence in its reading of the string, from 0 to 1. */
    public static final Node parseConfidence = NodeFactory.createURI(NS + "parseConfidence");
    /** On a reference entry: true when the parse is doubtful and a curator should look at it. */
    public static final Node needsReview = NodeFactory.createURI(NS + "needsReview");

    private ScholarLodVocab() {}
}
