package org.scholarlod.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** ScholarLOD's own terms, for what no shared vocabulary says: how sure the reference parser was. */
public final class ScholarLodVocab {
    public static final String NS = "https://w3id.org/scholarlod/ns#";

    /** On a reference entry: the parser's confidence in its reading of the string, from 0 to 1. */
    public static final Node parseConfidence = NodeFactory.createURI(NS + "parseConfidence");
    /** On a reference entry: true when the parse is doubtful and a curator should look at it. */
    public static final Node needsReview = NodeFactory.createURI(NS + "needsReview");

    /** A reference's author that may be an author of the citing article, with the evidence for it. */
    public static final Node AuthorMatch = NodeFactory.createURI(NS + "AuthorMatch");

    public static final Node referenceAuthor = NodeFactory.createURI(NS + "referenceAuthor");
    public static final Node articleAuthor = NodeFactory.createURI(NS + "articleAuthor");
    public static final Node evidence = NodeFactory.createURI(NS + "evidence");
    public static final Node hasAuthorMatch = NodeFactory.createURI(NS + "hasAuthorMatch");

    /**
     * A match {@code scholarlod link} accepted between one of our resources and another graph's, with its score
     * and method, so that it can be reviewed or undone.
     */
    public static final Node Match = NodeFactory.createURI(NS + "Match");

    public static final Node matchSubject = NodeFactory.createURI(NS + "matchSubject");
    public static final Node matchObject = NodeFactory.createURI(NS + "matchObject");
    public static final Node matchScore = NodeFactory.createURI(NS + "matchScore");
    public static final Node matchMethod = NodeFactory.createURI(NS + "matchMethod");

    /**
     * On a licence statement: the version of the work the licence covers, as Crossref names versions
     * ({@code vor}, {@code am}, {@code tdm}, {@code unspecified}).
     */
    public static final Node contentVersion = NodeFactory.createURI(NS + "contentVersion");
    /** On a reference entry: who linked the cited work's DOI ({@code publisher} or {@code crossref}). */
    public static final Node doiAssertedBy = NodeFactory.createURI(NS + "doiAssertedBy");
    /** On an author: whether the source says the person authenticated their ORCID iD (Crossref's flag). */
    public static final Node orcidAuthenticated = NodeFactory.createURI(NS + "orcidAuthenticated");

    /**
     * From an article's named graph to a graph holding a description the same record gives of a shared node;
     * that graph is stored once for every record that gives the same description (a sub-property of
     * {@code dcterms:hasPart}).
     */
    public static final Node sharedPart = NodeFactory.createURI(NS + "sharedPart");

    /**
     * An editor's expression of concern about a work: no shared vocabulary has a term for it (CiTO's
     * {@code cito:disputes} and {@code cito:critiques} are about ideas, not about the record). A sub-property of
     * {@code cito:cites}.
     */
    public static final Node expressesConcernAbout = NodeFactory.createURI(NS + "expressesConcernAbout");

    /**
     * One update between a notice and the work it updates, as Crossmark records it: the update's type in Crossref's
     * words, its date and who asserted it. The notice also links the work directly ({@code cito:retracts} …).
     */
    public static final Node Update = NodeFactory.createURI(NS + "Update");

    public static final Node updateNotice = NodeFactory.createURI(NS + "updateNotice");
    public static final Node updatedWork = NodeFactory.createURI(NS + "updatedWork");
    /** Crossref's name of the update's type: {@code retraction}, {@code expression_of_concern} … */
    public static final Node updateType = NodeFactory.createURI(NS + "updateType");
    /** Who asserted the update: {@code publisher}, {@code retraction-watch}. */
    public static final Node updateAssertedBy = NodeFactory.createURI(NS + "updateAssertedBy");

    private ScholarLodVocab() {}
}
