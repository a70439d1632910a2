package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of FOAF (http://xmlns.com/foaf/0.1/). */
public final class Foaf {
    public static final String NS = "http://xmlns.com/foaf/0.1/";

    public static final Node Person = NodeFactory.createURI(NS + "Person");
    public static final Node Organization = NodeFactory.createURI(NS + "Organization");
    public static final Node Agent = NodeFactory.createURI(NS + "Agent");
    public static final Node name = NodeFactory.createURI(NS + "name");
    public static final Node givenName = NodeFactory.createURI(NS + "givenName");
    public static final Node familyName = NodeFactory.createURI(NS + "familyName");
    public static final Node primaryTopic = NodeFactory.createURI(NS + "primaryTopic");

    private Foaf() {}
}
