package org.scholarlod.rdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.scholarlod.model.WorkType;

/**
 * The FaBiO class of each kind of work, as OCDM types them ({@code fabio:ProceedingsPaper} for a proceedings
 * article, {@code fabio:DataFile} for a dataset), and back: the one place that pairs the two.
 */
final class WorkClasses {
    private static final Map<WorkType, Node> CLASSES = new EnumMap<>(Map.ofEntries(
            Map.entry(WorkType.JOURNAL_ARTICLE, Fabio.JournalArticle),
            Map.entry(WorkType.BOOK, Fabio.Book),
            Map.entry(WorkType.CHAPTER, Fabio.BookChapter),
            Map.entry(WorkType.REPORT, Fabio.ReportDocument),
            Map.entry(WorkType.WORKING_PAPER, Fabio.WorkingPaper),
            Map.entry(WorkType.CONFERENCE_PAPER, Fabio.ProceedingsPaper),
            Map.entry(WorkType.NEWSPAPER_ARTICLE, Fabio.NewspaperArticle),
            Map.entry(WorkType.THESIS, Fabio.Thesis),
            Map.entry(WorkType.WEB_PAGE, Fabio.WebContent),
            Map.entry(WorkType.PREPRINT, Fabio.Preprint),
            Map.entry(WorkType.PRESENTATION, Fabio.Presentation),
            Map.entry(WorkType.DATASET, Fabio.DataFile),
            Map.entry(WorkType.SOFTWARE, Fabio.ComputerProgram),
            Map.entry(WorkType.OTHER, Fabio.Expression)));

    private WorkClasses() {}

    static Node of(WorkType type) {
        return CLASSES.get(type);
    }

    /** The classes that say a kind of work, {@code fabio:Expression} (which says none) excluded. */
    static List<Node> classes() {
        List<Node> classes = new ArrayList<>(CLASSES.entrySet().stream()
                .filter(e -> e.getKey() != WorkType.OTHER)
                .map(Map.Entry::getValue)
                .toList());
        classes.add(Fabio.ConferencePaper);
        return classes;
    }

    /** The kind of work of a class; also {@code fabio:ConferencePaper}, which older stores hold for papers. */
    static WorkType type(Node kind) {
        if (kind.equals(Fabio.ConferencePaper)) {
            return WorkType.CONFERENCE_PAPER;
        }
        return CLASSES.entrySet().stream()
                .filter(e -> e.getValue().equals(kind))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(WorkType.OTHER);
    }
}
