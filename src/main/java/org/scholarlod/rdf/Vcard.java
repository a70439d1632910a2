package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of vCard, for the addresses of organisations (http://www.w3.org/2006/vcard/ns#). */
public final class Vcard {
    public static final String NS = "http://www.w3.org/2006/vcard/ns#";

    public static final Node Address = NodeFactory.createURI(NS + "Address");
    public static final Node hasAddress = NodeFactory.createURI(NS + "hasAddress");
    public static final Node locality = NodeFactory.createURI(NS + "locality");
    public static final Node region = NodeFactory.createURI(NS + "region");
    public static final Node country_name = NodeFactory.createURI(NS + "country-name");

    private Vcard() {}
}
