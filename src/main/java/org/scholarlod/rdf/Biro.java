package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of BiRO, the Bibliographic Reference Ontology (http://purl.org/spar/biro/). */
public final class Biro {
    public static final String NS = "http://purl.org/spar/biro/";

    public static final Node BibliographicReference = NodeFactory.createURI(NS + "BibliographicReference");
    public static final Node references = NodeFactory.createURI(NS + "references");

    private Biro() {}
}
