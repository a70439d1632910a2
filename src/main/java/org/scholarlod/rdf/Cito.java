package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of CiTO, the Citation Typing Ontology (http://purl.org/spar/cito/). */
public final class Cito {
    public static final String NS = "http://purl.org/spar/cito/";

    public static final Node cites = NodeFactory.createURI(NS + "cites");
    public static final Node Citation = NodeFactory.createURI(NS + "Citation");
    public static final Node AuthorSelfCitation = NodeFactory.createURI(NS + "AuthorSelfCitation");
    public static final Node JournalSelfCitation = NodeFactory.createURI(NS + "JournalSelfCitation");
    public static final Node hasCitingEntity = NodeFactory.createURI(NS + "hasCitingEntity");
    public static final Node hasCitedEntity = NodeFactory.createURI(NS + "hasCitedEntity");
    public static final Node hasCitationCreationDate = NodeFactory.createURI(NS + "hasCitationCreationDate");
    public static final Node hasCitationTimeSpan = NodeFactory.createURI(NS + "hasCitationTimeSpan");
    /** The citing entity (a notice) constitutes a formal retraction of the cited entity. */
    public static final Node retracts = NodeFactory.createURI(NS + "retracts");
    /** The citing entity (a correction, erratum or corrigendum) corrects the cited entity. */
    public static final Node corrects = NodeFactory.createURI(NS + "corrects");
    /** The citing entity updates the cited entity: a partial retraction, an addendum, a new version. */
    public static final Node updates = NodeFactory.createURI(NS + "updates");

    private Cito() {}
}
