package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of DEO, the Discourse Elements Ontology (http://purl.org/spar/deo/). */
public final class Deo {
    public static final String NS = "http://purl.org/spar/deo/";

    public static final Node Acknowledgements = NodeFactory.createURI(NS + "Acknowledgements");

    private Deo() {}
}
