package org.scholarlod.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.scholarlod.rdf.Fabio;

/**
 * OpenCitations Meta's names of FaBiO types ("journal article", "book chapter"), as its API add-on writes them,
 * for the types ScholarLOD writes; a type OpenCitations does not name keeps FaBiO's name, spaced ("working paper").
 */
final class MetaTypes {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("Book", "book"),
            Map.entry("BookChapter", "book chapter"),
            Map.entry("BookSeries", "book series"),
            Map.entry("DataFile", "dataset"),
            Map.entry("Thesis", "dissertation"),
            Map.entry("Journal", "journal"),
            Map.entry("JournalArticle", "journal article"),
            Map.entry("JournalIssue", "journal issue"),
            Map.entry("JournalVolume", "journal volume"),
            Map.entry("Newspaper", "newspaper"),
            Map.entry("NewspaperArticle", "newspaper article"),
            Map.entry("AcademicProceedings", "proceedings"),
            Map.entry("Preprint", "preprint"),
            Map.entry("Presentation", "presentation"),
            Map.entry("ProceedingsPaper", "proceedings article"),
            Map.entry("ReportDocument", "report"),
            Map.entry("RetractionNotice", "retraction notice"),
            Map.entry("Series", "series"),
            Map.entry("WebContent", "web content"));

    private MetaTypes() {}

    /** The name of the lowest FaBiO type IRI but {@code fabio:Expression}, as OpenCitations' MIN picks; "" if none. */
    static String of(List<Node> types) {
        return types.stream()
                .filter(t -> t.isURI() && t.getURI().startsWith(Fabio.NS) && !t.equals(Fabio.Expression))
                .map(Node::getURI)
                .min(Comparator.naturalOrder())
                .map(uri -> {
                    String local = uri.substring(Fabio.NS.length());
                    return NAMES.getOrDefault(
                            local, local.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT));
                })
                .orElse("");
    }
}
