package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of FRBR core, as used by OCDM for parts and embodiments (http://purl.org/vocab/frbr/core#). */
public final class Frbr {
    public static final String NS = "http://purl.org/vocab/frbr/core#";

    public static final Node part = NodeFactory.createURI(NS + "part");
    public static final Node partOf = NodeFactory.createURI(NS + "partOf");
    public static final Node embodiment = NodeFactory.createURI(NS + "embodiment");

    private Frbr() {}
}
