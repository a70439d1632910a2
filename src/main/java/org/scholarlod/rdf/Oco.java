package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of The OpenCitations ontology (https://w3id.org/oc/ontology/). */
public final class Oco {
    public static final String NS = "https://w3id.org/oc/ontology/";

    public static final Node hasNext = NodeFactory.createURI(NS + "hasNext");

    private Oco() {}
}
