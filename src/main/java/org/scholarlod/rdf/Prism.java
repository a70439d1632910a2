package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of PRISM basic 2.0 (http://prismstandard.org/namespaces/basic/2.0/). */
public final class Prism {
    public static final String NS = "http://prismstandard.org/namespaces/basic/2.0/";

    public static final Node startingPage = NodeFactory.createURI(NS + "startingPage");
    public static final Node endingPage = NodeFactory.createURI(NS + "endingPage");
    public static final Node volume = NodeFactory.createURI(NS + "volume");
    public static final Node issueIdentifier = NodeFactory.createURI(NS + "issueIdentifier");
    public static final Node publicationDate = NodeFactory.createURI(NS + "publicationDate");
    public static final Node doi = NodeFactory.createURI(NS + "doi");
    public static final Node number = NodeFactory.createURI(NS + "number");
    public static final Node edition = NodeFactory.createURI(NS + "edition");
    public static final Node event = NodeFactory.createURI(NS + "event");
    public static final Node location = NodeFactory.createURI(NS + "location");
    public static final Node issn = NodeFactory.createURI(NS + "issn");
    public static final Node eIssn = NodeFactory.createURI(NS + "eIssn");
    public static final Node isbn = NodeFactory.createURI(NS + "isbn");

    private Prism() {}
}
