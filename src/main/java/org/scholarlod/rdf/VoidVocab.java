package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of VoID, the Vocabulary of Interlinked Datasets (http://rdfs.org/ns/void#). */
public final class VoidVocab {
    public static final String NS = "http://rdfs.org/ns/void#";

    public static final Node Dataset = NodeFactory.createURI(NS + "Dataset");
    public static final Node Linkset = NodeFactory.createURI(NS + "Linkset");
    public static final Node class_ = NodeFactory.createURI(NS + "class");
    public static final Node classPartition = NodeFactory.createURI(NS + "classPartition");
    public static final Node classes = NodeFactory.createURI(NS + "classes");
    public static final Node dataDump = NodeFactory.createURI(NS + "dataDump");
    public static final Node distinctObjects = NodeFactory.createURI(NS + "distinctObjects");
    public static final Node documents = NodeFactory.createURI(NS + "documents");
    public static final Node entities = NodeFactory.createURI(NS + "entities");
    public static final Node exampleResource = NodeFactory.createURI(NS + "exampleResource");
    public static final Node feature = NodeFactory.createURI(NS + "feature");
    public static final Node linkPredicate = NodeFactory.createURI(NS + "linkPredicate");
    public static final Node objectsTarget = NodeFactory.createURI(NS + "objectsTarget");
    public static final Node properties = NodeFactory.createURI(NS + "properties");
    public static final Node property = NodeFactory.createURI(NS + "property");
    public static final Node propertyPartition = NodeFactory.createURI(NS + "propertyPartition");
    public static final Node sparqlEndpoint = NodeFactory.createURI(NS + "sparqlEndpoint");
    public static final Node subjectsTarget = NodeFactory.createURI(NS + "subjectsTarget");
    public static final Node subset = NodeFactory.createURI(NS + "subset");
    public static final Node triples = NodeFactory.createURI(NS + "triples");
    public static final Node uriSpace = NodeFactory.createURI(NS + "uriSpace");
    public static final Node vocabulary = NodeFactory.createURI(NS + "vocabulary");

    private VoidVocab() {}
}
