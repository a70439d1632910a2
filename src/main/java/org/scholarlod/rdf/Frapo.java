package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of FRAPO, the Funding, Research Administration and Projects Ontology (http://purl.org/cerif/frapo/). */
public final class Frapo {
    public static final String NS = "http://purl.org/cerif/frapo/";

    public static final Node Grant = NodeFactory.createURI(NS + "Grant");
    public static final Node FundingAgency = NodeFactory.createURI(NS + "FundingAgency");
    public static final Node hasGrantNumber = NodeFactory.createURI(NS + "hasGrantNumber");
    public static final Node isAwardedBy = NodeFactory.createURI(NS + "isAwardedBy");
    public static final Node isFundedBy = NodeFactory.createURI(NS + "isFundedBy");

    private Frapo() {}
}
