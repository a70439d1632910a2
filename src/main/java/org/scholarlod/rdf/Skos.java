package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of SKOS (http://www.w3.org/2004/02/skos/core#). */
public final class Skos {
    public static final String NS = "http://www.w3.org/2004/02/skos/core#";

    public static final Node Concept = NodeFactory.createURI(NS + "Concept");
    public static final Node ConceptScheme = NodeFactory.createURI(NS + "ConceptScheme");
    public static final Node prefLabel = NodeFactory.createURI(NS + "prefLabel");
    public static final Node inScheme = NodeFactory.createURI(NS + "inScheme");

    private Skos() {}
}
