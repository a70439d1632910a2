package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of DCAT, the W3C Data Catalog Vocabulary (http://www.w3.org/ns/dcat#). */
public final class Dcat {
    public static final String NS = "http://www.w3.org/ns/dcat#";

    public static final Node Catalog = NodeFactory.createURI(NS + "Catalog");
    public static final Node DataService = NodeFactory.createURI(NS + "DataService");
    public static final Node Dataset = NodeFactory.createURI(NS + "Dataset");
    public static final Node Distribution = NodeFactory.createURI(NS + "Distribution");
    public static final Node compressFormat = NodeFactory.createURI(NS + "compressFormat");
    public static final Node byteSize = NodeFactory.createURI(NS + "byteSize");
    public static final Node dataset = NodeFactory.createURI(NS + "dataset");
    public static final Node distribution = NodeFactory.createURI(NS + "distribution");
    public static final Node downloadURL = NodeFactory.createURI(NS + "downloadURL");
    public static final Node endpointDescription = NodeFactory.createURI(NS + "endpointDescription");
    public static final Node endpointURL = NodeFactory.createURI(NS + "endpointURL");
    public static final Node mediaType = NodeFactory.createURI(NS + "mediaType");
    public static final Node servesDataset = NodeFactory.createURI(NS + "servesDataset");
    public static final Node service = NodeFactory.createURI(NS + "service");

    private Dcat() {}
}
