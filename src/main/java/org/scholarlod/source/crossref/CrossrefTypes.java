package org.scholarlod.source.crossref;

import java.util.Map;
import org.scholarlod.model.WorkType;

/** Crossref's work types (those of {@code api.crossref.org/types}) as the kinds of work ScholarLOD publishes. */
final class CrossrefTypes {
    private static final Map<String, WorkType> WORKS = Map.ofEntries(
            Map.entry("journal-article", WorkType.JOURNAL_ARTICLE),
            Map.entry("book-chapter", WorkType.CHAPTER),
            Map.entry("book-section", WorkType.CHAPTER),
            Map.entry("book-part", WorkType.CHAPTER),
            Map.entry("book", WorkType.BOOK),
            Map.entry("monograph", WorkType.BOOK),
            Map.entry("edited-book", WorkType.BOOK),
            Map.entry("reference-book", WorkType.BOOK),
            Map.entry("proceedings-article", WorkType.CONFERENCE_PAPER),
            Map.entry("report", WorkType.REPORT),
            Map.entry("report-component", WorkType.REPORT),
            Map.entry("dataset", WorkType.DATASET),
            Map.entry("dissertation", WorkType.THESIS),
            Map.entry("reference-entry", WorkType.OTHER),
            Map.entry("peer-review", WorkType.OTHER),
            Map.entry("standard", WorkType.OTHER),
            Map.entry("component", WorkType.OTHER),
            Map.entry("other", WorkType.OTHER));

    /** Types that describe a container or a grant rather than a work: there is no article to publish. */
    private static final Map<String, String> NOT_WORKS = Map.of(
            "journal",
            "a journal",
            "journal-volume",
            "a journal volume",
            "journal-issue",
            "a journal issue",
            "proceedings",
            "a proceedings volume",
            "proceedings-series",
            "a proceedings series",
            "book-series",
            "a book series",
            "book-set",
            "a set of books",
            "book-track",
            "a book track",
            "report-series",
            "a report series",
            "grant",
            "a grant");

    private CrossrefTypes() {}

    /**
     * The kind of work of a Crossref type; posted content by its subtype (a preprint or a working paper).
     * Throws naming the type when it is not a work or not a type Crossref defines.
     */
    static WorkType of(String type, String subtype) {
        if (type == null) {
            throw new IllegalArgumentException("the work has no type");
        }
        if ("posted-content".equals(type)) {
            return "working_paper".equals(subtype)
                    ? WorkType.WORKING_PAPER
                    : "dissertation".equals(subtype)
                            ? WorkType.THESIS
                            : "preprint".equals(subtype) || subtype == null ? WorkType.PREPRINT : WorkType.OTHER;
        }
        if (NOT_WORKS.containsKey(type)) {
            throw new IllegalArgumentException("type '" + type + "' describes " + NOT_WORKS.get(type)
                    + ", not a work with authors and references");
        }
        WorkType work = WORKS.get(type);
        if (work == null) {
            throw new IllegalArgumentException("type '" + type + "' is not one of Crossref's work types");
        }
        return work;
    }
}
