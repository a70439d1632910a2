package org.scholarlod.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.scholarlod.rdf.Biro;
import org.scholarlod.rdf.Cito;
import org.scholarlod.rdf.Datacite;
import org.scholarlod.rdf.Fabio;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Frapo;
import org.scholarlod.rdf.Org;
import org.scholarlod.rdf.Pro;
import org.scholarlod.rdf.ScholarLodVocab;
import org.scholarlod.rdf.Skos;
import org.scholarlod.rdf.Vcard;

/**
 * What the classes a resource has are called on a page for people ("Journal article", "Person"); the terms
 * themselves stay in the RDF views and in the chip's tooltip. Broad classes that a narrower one implies
 * (fabio:Expression, foaf:Agent) are not shown beside it.
 */
final class ClassLabels {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(Fabio.NS + "JournalArticle", "Journal article"),
            Map.entry(Fabio.NS + "BookChapter", "Book chapter"),
            Map.entry(Fabio.NS + "Book", "Book"),
            Map.entry(Fabio.NS + "Journal", "Journal"),
            Map.entry(Fabio.NS + "JournalIssue", "Journal issue"),
            Map.entry(Fabio.NS + "JournalVolume", "Journal volume"),
            Map.entry(Fabio.NS + "ReportDocument", "Report"),
            Map.entry(Fabio.NS + "WorkingPaper", "Working paper"),
            Map.entry(Fabio.NS + "ConferencePaper", "Conference paper"),
            Map.entry(Fabio.NS + "ProceedingsPaper", "Proceedings paper"),
            Map.entry(Fabio.NS + "DataFile", "Dataset"),
            Map.entry(Fabio.NS + "AcademicProceedings", "Proceedings"),
            Map.entry(Fabio.NS + "Thesis", "Thesis"),
            Map.entry(Fabio.NS + "NewspaperArticle", "Newspaper article"),
            Map.entry(Fabio.NS + "Newspaper", "Newspaper"),
            Map.entry(Fabio.NS + "WebContent", "Web page"),
            Map.entry(Fabio.NS + "Preprint", "Preprint"),
            Map.entry(Fabio.NS + "RetractionNotice", "Retraction notice"),
            Map.entry(Fabio.NS + "Presentation", "Presentation"),
            Map.entry(Fabio.NS + "Series", "Series"),
            Map.entry(Fabio.NS + "BookSeries", "Book series"),
            Map.entry(Fabio.NS + "Manifestation", "Printed form"),
            Map.entry(Fabio.NS + "Expression", "Work"),
            Map.entry(Foaf.NS + "Person", "Person"),
            Map.entry(Foaf.NS + "Organization", "Organisation"),
            Map.entry(Org.NS + "Organization", "Organisation"),
            Map.entry(Foaf.NS + "Agent", "Person or organisation"),
            Map.entry(Skos.NS + "Concept", "Keyword"),
            Map.entry(Skos.NS + "ConceptScheme", "Keywords"),
            Map.entry(Frapo.NS + "Grant", "Grant"),
            Map.entry(Cito.NS + "Citation", "Citation"),
            Map.entry(Cito.NS + "AuthorSelfCitation", "Author self-citation"),
            Map.entry(Cito.NS + "JournalSelfCitation", "Journal self-citation"),
            Map.entry(Biro.NS + "BibliographicReference", "Reference"),
            Map.entry(Pro.NS + "RoleInTime", "Role"),
            Map.entry(Vcard.NS + "Address", "Address"),
            Map.entry(Datacite.NS + "Identifier", "Identifier"),
            Map.entry(ScholarLodVocab.NS + "AuthorMatch", "Possible author match"));
    private static final List<String> BROAD = List.of(Fabio.NS + "Expression", Foaf.NS + "Agent", Cito.NS + "Citation");

    private ClassLabels() {}

    /** One chip per name, broad classes dropped when a narrower named one is there; unknown classes by term. */
    static List<String> of(List<Node> types, java.util.function.Function<Node, String> term) {
        List<String> named = new ArrayList<>();
        boolean narrow = types.stream().anyMatch(t -> NAMES.containsKey(t.getURI()) && !BROAD.contains(t.getURI()));
        for (Node type : types) {
            String uri = type.getURI();
            String name = NAMES.getOrDefault(uri, term.apply(type));
            if (!(narrow && BROAD.contains(uri)) && !named.contains(name)) {
                named.add(name);
            }
        }
        named.sort(null);
        return named;
    }
}
