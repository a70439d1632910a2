package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of FaBiO, the FRBR-aligned Bibliographic Ontology (http://purl.org/spar/fabio/). */
public final class Fabio {
    public static final String NS = "http://purl.org/spar/fabio/";

    public static final Node Expression = NodeFactory.createURI(NS + "Expression");
    public static final Node JournalArticle = NodeFactory.createURI(NS + "JournalArticle");
    public static final Node Journal = NodeFactory.createURI(NS + "Journal");
    public static final Node JournalVolume = NodeFactory.createURI(NS + "JournalVolume");
    public static final Node JournalIssue = NodeFactory.createURI(NS + "JournalIssue");
    public static final Node Manifestation = NodeFactory.createURI(NS + "Manifestation");
    public static final Node hasSequenceIdentifier = NodeFactory.createURI(NS + "hasSequenceIdentifier");

    private Fabio() {}
}
