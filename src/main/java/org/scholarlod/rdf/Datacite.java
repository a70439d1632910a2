package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of DataCite ontology, for OCDM identifiers (http://purl.org/spar/datacite/); a scheme's URI is
 * {@code NS} + {@code IdentifierScheme.datacite}.
 */
public final class Datacite {
    public static final String NS = "http://purl.org/spar/datacite/";

    public static final Node Identifier = NodeFactory.createURI(NS + "Identifier");
    public static final Node hasIdentifier = NodeFactory.createURI(NS + "hasIdentifier");
    public static final Node usesIdentifierScheme = NodeFactory.createURI(NS + "usesIdentifierScheme");

    private Datacite() {}
}
