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
    public static final Node Book = NodeFactory.createURI(NS + "Book");
    public static final Node BookChapter = NodeFactory.createURI(NS + "BookChapter");
    public static final Node ReportDocument = NodeFactory.createURI(NS + "ReportDocument");
    public static final Node WorkingPaper = NodeFactory.createURI(NS + "WorkingPaper");
    public static final Node ConferencePaper = NodeFactory.createURI(NS + "ConferencePaper");
    public static final Node ProceedingsPaper = NodeFactory.createURI(NS + "ProceedingsPaper");
    public static final Node AcademicProceedings = NodeFactory.createURI(NS + "AcademicProceedings");
    public static final Node DataFile = NodeFactory.createURI(NS + "DataFile");
    public static final Node ComputerProgram = NodeFactory.createURI(NS + "ComputerProgram");
    public static final Node PrintObject = NodeFactory.createURI(NS + "PrintObject");
    public static final Node DigitalManifestation = NodeFactory.createURI(NS + "DigitalManifestation");
    public static final Node hasSubtitle = NodeFactory.createURI(NS + "hasSubtitle");
    public static final Node hasShortTitle = NodeFactory.createURI(NS + "hasShortTitle");
    public static final Node NewspaperArticle = NodeFactory.createURI(NS + "NewspaperArticle");
    public static final Node Newspaper = NodeFactory.createURI(NS + "Newspaper");
    public static final Node Thesis = NodeFactory.createURI(NS + "Thesis");
    public static final Node WebContent = NodeFactory.createURI(NS + "WebContent");
    public static final Node Preprint = NodeFactory.createURI(NS + "Preprint");
    /** A notice that retracts another work (OpenCitations Meta types them so). */
    public static final Node RetractionNotice = NodeFactory.createURI(NS + "RetractionNotice");

    public static final Node Presentation = NodeFactory.createURI(NS + "Presentation");
    public static final Node Series = NodeFactory.createURI(NS + "Series");
    public static final Node BookSeries = NodeFactory.createURI(NS + "BookSeries");
    public static final Node hasPlaceOfPublication = NodeFactory.createURI(NS + "hasPlaceOfPublication");
    public static final Node hasURL = NodeFactory.createURI(NS + "hasURL");
    public static final Node hasElectronicArticleIdentifier =
            NodeFactory.createURI(NS + "hasElectronicArticleIdentifier");
    public static final Node hasSubjectTerm = NodeFactory.createURI(NS + "hasSubjectTerm");

    private Fabio() {}
}
