package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of DataCite ontology, for OCDM identifiers (http://purl.org/spar/datacite/). */
public final class Datacite {
    public static final String NS = "http://purl.org/spar/datacite/";

    public static final Node Identifier = NodeFactory.createURI(NS + "Identifier");
    public static final Node hasIdentifier = NodeFactory.createURI(NS + "hasIdentifier");
    public static final Node usesIdentifierScheme = NodeFactory.createURI(NS + "usesIdentifierScheme");
    /** Schemes are named by {@code IdentifierScheme#datacite}; DOI is the one queries name most. */
    public static final Node doi = NodeFactory.createURI(NS + "doi");

    private Datacite() {}
}
