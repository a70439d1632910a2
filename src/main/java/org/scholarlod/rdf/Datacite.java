package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of DataCite ontology, for OCDM identifiers (http://purl.org/spar/datacite/). */
public final class Datacite {
    public static final String NS = "http://purl.org/spar/datacite/";

    public static final Node Identifier = NodeFactory.createURI(NS + "Identifier");
    public static final Node hasIdentifier = NodeFactory.createURI(NS + "hasIdentifier");
    public static final Node usesIdentifierScheme = NodeFactory.createURI(NS + "usesIdentifierScheme");
    public static final Node doi = NodeFactory.createURI(NS + "doi");
    public static final Node orcid = NodeFactory.createURI(NS + "orcid");
    public static final Node issn = NodeFactory.createURI(NS + "issn");

    private Datacite() {}
}
