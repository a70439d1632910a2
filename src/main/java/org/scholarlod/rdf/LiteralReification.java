package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of Literal reification, for OCDM identifier values (http://www.essepuntato.it/2010/06/literalreification/). */
public final class LiteralReification {
    public static final String NS = "http://www.essepuntato.it/2010/06/literalreification/";

    public static final Node hasLiteralValue = NodeFactory.createURI(NS + "hasLiteralValue");

    private LiteralReification() {}
}
