package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of C4O, the Citation Counting and Context Characterisation Ontology (http://purl.org/spar/c4o/). */
public final class C4o {
    public static final String NS = "http://purl.org/spar/c4o/";

    public static final Node hasContent = NodeFactory.createURI(NS + "hasContent");

    private C4o() {}
}
