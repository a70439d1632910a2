package org.scholarlod.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * What the classes a resource has are called on a page for people ("Journal article", "Person"); the terms
 * themselves stay in the RDF views and in the chip's tooltip. Broad classes that a narrower one implies
 * (fabio:Expression, foaf:Agent) are not shown beside it.
 */
final class ClassLabels {
    private static final String FABIO = "http://purl.org/spar/fabio/";
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(FABIO + "JournalArticle", "Journal article"),
            Map.entry(FABIO + "BookChapter", "Book chapter"),
            Map.entry(FABIO + "Book", "Book"),
            Map.entry(FABIO + "Journal", "Journal"),
            Map.entry(FABIO + "JournalIssue", "Journal issue"),
            Map.entry(FABIO + "JournalVolume", "Journal volume"),
            Map.entry(FABIO + "ReportDocument", "Report"),
            Map.entry(FABIO + "WorkingPaper", "Working paper"),
            Map.entry(FABIO + "ConferencePaper", "Conference paper"),
            Map.entry(FABIO + "ProceedingsPaper", "Proceedings paper"),
            Map.entry(FABIO + "DataFile", "Dataset"),
            Map.entry(FABIO + "AcademicProceedings", "Proceedings"),
            Map.entry(FABIO + "Thesis", "Thesis"),
            Map.entry(FABIO + "NewspaperArticle", "Newspaper article"),
            Map.entry(FABIO + "Newspaper", "Newspaper"),
            Map.entry(FABIO + "WebContent", "Web page"),
            Map.entry(FABIO + "Preprint", "Preprint"),
            Map.entry(FABIO + "Presentation", "Presentation"),
            Map.entry(FABIO + "Series", "Series"),
            Map.entry(FABIO + "BookSeries", "Book series"),
            Map.entry(FABIO + "Manifestation", "Printed form"),
            Map.entry(FABIO + "Expression", "Work"),
            Map.entry("http://xmlns.com/foaf/0.1/Person", "Person"),
            Map.entry("http://xmlns.com/foaf/0.1/Organization", "Organisation"),
            Map.entry("http://www.w3.org/ns/org#Organization", "Organisation"),
            Map.entry("http://xmlns.com/foaf/0.1/Agent", "Person or organisation"),
            Map.entry("http://www.w3.org/2004/02/skos/core#Concept", "Keyword"),
            Map.entry("http://www.w3.org/2004/02/skos/core#ConceptScheme", "Keywords"),
            Map.entry("http://purl.org/cerif/frapo/Grant", "Grant"),
            Map.entry("http://purl.org/spar/cito/Citation", "Citation"),
            Map.entry("http://purl.org/spar/cito/AuthorSelfCitation", "Author self-citation"),
            Map.entry("http://purl.org/spar/cito/JournalSelfCitation", "Journal self-citation"),
            Map.entry("http://purl.org/spar/biro/BibliographicReference", "Reference"),
            Map.entry("http://purl.org/spar/pro/RoleInTime", "Role"),
            Map.entry("http://www.w3.org/2006/vcard/ns#Address", "Address"),
            Map.entry("http://purl.org/spar/datacite/Identifier", "Identifier"),
            Map.entry("https://w3id.org/scholarlod/ns#AuthorMatch", "Possible author match"));
    private static final List<String> BROAD =
            List.of(FABIO + "Expression", "http://xmlns.com/foaf/0.1/Agent", "http://purl.org/spar/cito/Citation");

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
