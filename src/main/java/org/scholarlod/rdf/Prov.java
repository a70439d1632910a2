package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of W3C PROV-O (http://www.w3.org/ns/prov#). */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node Entity = NodeFactory.createURI(NS + "Entity");
    public static final Node Activity = NodeFactory.createURI(NS + "Activity");
    public static final Node SoftwareAgent = NodeFactory.createURI(NS + "SoftwareAgent");
    public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");
    public static final Node wasGeneratedBy = NodeFactory.createURI(NS + "wasGeneratedBy");
    public static final Node wasAssociatedWith = NodeFactory.createURI(NS + "wasAssociatedWith");
    public static final Node used = NodeFactory.createURI(NS + "used");
    public static final Node startedAtTime = NodeFactory.createURI(NS + "startedAtTime");

    private Prov() {}
}
