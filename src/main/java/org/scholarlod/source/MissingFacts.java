package org.scholarlod.source;

import java.util.ArrayList;
import java.util.List;
import org.scholarlod.model.Article;
import org.scholarlod.model.WorkType;

/** Names the facts an article lacks, so that readers can report what a source did not say. */
final class MissingFacts {
    private MissingFacts() {}

    /** One warning line listing what is missing, or none when nothing is. */
    static List<String> warning(String source, String where, Article a) {
        List<String> missing = new ArrayList<>();
        addIf(missing, a.title() == null, "title");
        addIf(missing, a.abstractText() == null, "abstract");
        addIf(missing, a.keywords().isEmpty(), "keywords");
        boolean chapter = a.type() == WorkType.CHAPTER;
        addIf(missing, chapter && a.book() == null, "book");
        addIf(missing, !chapter && a.journal() == null, "journal");
        addIf(missing, !chapter && a.volume() == null, "volume");
        addIf(missing, !chapter && a.issue() == null, "issue");
        addIf(missing, a.pages() == null, "pages");
        addIf(missing, a.issued() == null, "year");
        addIf(missing, a.doi() == null, "DOI");
        addIf(missing, a.authors().isEmpty(), "authors");
        addIf(missing, a.affiliations().isEmpty(), "affiliations");
        addIf(missing, a.references().isEmpty(), "references");
        addIf(missing, a.copyright() == null, "copyright");
        return missing.isEmpty() ? List.of() : List.of(source + ": " + where + ": " + String.join(", ", missing));
    }

    private static void addIf(List<String> list, boolean condition, String item) {
        if (condition) {
            list.add(item);
        }
    }
}
