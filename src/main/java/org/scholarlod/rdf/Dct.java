package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of Dublin Core terms (http://purl.org/dc/terms/). */
public final class Dct {
    public static final String NS = "http://purl.org/dc/terms/";

    public static final Node title = NodeFactory.createURI(NS + "title");
    public static final Node abstract_ = NodeFactory.createURI(NS + "abstract");
    public static final Node identifier = NodeFactory.createURI(NS + "identifier");
    public static final Node subject = NodeFactory.createURI(NS + "subject");
    public static final Node creator = NodeFactory.createURI(NS + "creator");
    public static final Node isPartOf = NodeFactory.createURI(NS + "isPartOf");
    public static final Node issued = NodeFactory.createURI(NS + "issued");
    public static final Node rightsHolder = NodeFactory.createURI(NS + "rightsHolder");
    public static final Node dateCopyrighted = NodeFactory.createURI(NS + "dateCopyrighted");
    public static final Node rights = NodeFactory.createURI(NS + "rights");
    public static final Node conformsTo = NodeFactory.createURI(NS + "conformsTo");
    public static final Node modified = NodeFactory.createURI(NS + "modified");
    public static final Node license = NodeFactory.createURI(NS + "license");
    public static final Node RightsStatement = NodeFactory.createURI(NS + "RightsStatement");
    public static final Node date = NodeFactory.createURI(NS + "date");
    public static final Node bibliographicCitation = NodeFactory.createURI(NS + "bibliographicCitation");
    public static final Node description = NodeFactory.createURI(NS + "description");
    public static final Node format = NodeFactory.createURI(NS + "format");
    public static final Node source = NodeFactory.createURI(NS + "source");
    public static final Node publisher = NodeFactory.createURI(NS + "publisher");
    public static final Node type = NodeFactory.createURI(NS + "type");
    public static final Node contributor = NodeFactory.createURI(NS + "contributor");

    private Dct() {}
}
