package org.scholarlod.source;

import java.util.Locale;
import java.util.Map;

/** The headed sections of a Springer Link landing page, recognised by their heading lines. */
enum PageSection {
    HEAD,
    ABSTRACT,
    KEYWORDS,
    NOTES,
    REFERENCES,
    ACKNOWLEDGEMENTS,
    FUNDING,
    AUTHOR_INFORMATION,
    AFFILIATIONS,
    EDITORS,
    COPYRIGHT,
    RIGHTS,
    ABOUT,
    OTHER,
    END;

    private static final Map<String, PageSection> HEADINGS = Map.ofEntries(
            Map.entry("abstract", ABSTRACT),
            Map.entry("summary", ABSTRACT),
            Map.entry("keywords", KEYWORDS),
            Map.entry("key words", KEYWORDS),
            Map.entry("notes", NOTES),
            Map.entry("references", REFERENCES),
            Map.entry("bibliography", REFERENCES),
            Map.entry("acknowledgements", ACKNOWLEDGEMENTS),
            Map.entry("acknowledgments", ACKNOWLEDGEMENTS),
            Map.entry("acknowledgement", ACKNOWLEDGEMENTS),
            Map.entry("acknowledgment", ACKNOWLEDGEMENTS),
            Map.entry("funding", FUNDING),
            Map.entry("author information", AUTHOR_INFORMATION),
            Map.entry("authors and affiliations", AFFILIATIONS),
            Map.entry("editor information", EDITORS),
            Map.entry("editors and affiliations", EDITORS),
            Map.entry("copyright information", COPYRIGHT),
            Map.entry("rights and permissions", RIGHTS),
            Map.entry("about this article", ABOUT),
            Map.entry("about this chapter", ABOUT),
            Map.entry("about this paper", ABOUT),
            Map.entry("ethics declarations", OTHER),
            Map.entry("additional information", OTHER),
            Map.entry("electronic supplementary material", OTHER),
            Map.entry("supplementary information", OTHER),
            Map.entry("change history", OTHER),
            Map.entry("corresponding author", OTHER),
            Map.entry("contributions", OTHER),
            Map.entry("graphical abstract", OTHER),
            Map.entry("similar content being viewed by others", OTHER),
            Map.entry("access this article", OTHER),
            Map.entry("access this chapter", OTHER),
            Map.entry("data availability", OTHER),
            Map.entry("personalised recommendations", END),
            Map.entry("personalized recommendations", END));

    /** The section a heading line opens ("Abstract", "## Abstract", "Abstract."), or null for other lines. */
    static PageSection ofHeading(String text) {
        String key = Text.collapse(text).replaceAll("[.:]$", "").toLowerCase(Locale.ROOT);
        return HEADINGS.get(key);
    }

    /** Sections whose headings also name the kind of page: only a landing page has them. */
    boolean marksLandingPage() {
        return this == ABOUT || this == AFFILIATIONS || this == AUTHOR_INFORMATION || this == COPYRIGHT;
    }
}
