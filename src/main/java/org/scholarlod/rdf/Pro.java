package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of PRO, the Publishing Roles Ontology (http://purl.org/spar/pro/). */
public final class Pro {
    public static final String NS = "http://purl.org/spar/pro/";

    public static final Node RoleInTime = NodeFactory.createURI(NS + "RoleInTime");
    public static final Node withRole = NodeFactory.createURI(NS + "withRole");
    public static final Node isHeldBy = NodeFactory.createURI(NS + "isHeldBy");
    public static final Node isDocumentContextFor = NodeFactory.createURI(NS + "isDocumentContextFor");
    public static final Node relatesToOrganization = NodeFactory.createURI(NS + "relatesToOrganization");
    public static final Node author = NodeFactory.createURI(NS + "author");
    public static final Node editor = NodeFactory.createURI(NS + "editor");

    private Pro() {}
}
