package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the W3C SPARQL 1.1 Service Description vocabulary (http://www.w3.org/ns/sparql-service-description#). */
public final class Sd {
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";

    public static final Node Service = NodeFactory.createURI(NS + "Service");
    public static final Node Dataset = NodeFactory.createURI(NS + "Dataset");
    public static final Node Graph = NodeFactory.createURI(NS + "Graph");
    public static final Node endpoint = NodeFactory.createURI(NS + "endpoint");
    public static final Node supportedLanguage = NodeFactory.createURI(NS + "supportedLanguage");
    public static final Node SPARQL11Query = NodeFactory.createURI(NS + "SPARQL11Query");
    public static final Node SPARQL11Update = NodeFactory.createURI(NS + "SPARQL11Update");
    public static final Node feature = NodeFactory.createURI(NS + "feature");
    public static final Node UnionDefaultGraph = NodeFactory.createURI(NS + "UnionDefaultGraph");
    public static final Node DereferencesURIs = NodeFactory.createURI(NS + "DereferencesURIs");
    public static final Node BasicFederatedQuery = NodeFactory.createURI(NS + "BasicFederatedQuery");
    public static final Node resultFormat = NodeFactory.createURI(NS + "resultFormat");
    public static final Node defaultDataset = NodeFactory.createURI(NS + "defaultDataset");
    public static final Node defaultGraph = NodeFactory.createURI(NS + "defaultGraph");

    private Sd() {}
}
