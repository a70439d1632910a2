package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of W3C Organization ontology (http://www.w3.org/ns/org#). */
public final class Org {
    public static final String NS = "http://www.w3.org/ns/org#";

    public static final Node Organization = NodeFactory.createURI(NS + "Organization");
    public static final Node OrganizationalUnit = NodeFactory.createURI(NS + "OrganizationalUnit");
    public static final Node subOrganizationOf = NodeFactory.createURI(NS + "subOrganizationOf");
    public static final Node unitOf = NodeFactory.createURI(NS + "unitOf");
    public static final Node hasUnit = NodeFactory.createURI(NS + "hasUnit");

    private Org() {}
}
