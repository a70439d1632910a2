package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of CiTO, the Citation Typing Ontology (http://purl.org/spar/cito/). */
public final class Cito {
    public static final String NS = "http://purl.org/spar/cito/";

    public static final Node cites = NodeFactory.createURI(NS + "cites");

    private Cito() {}
}
