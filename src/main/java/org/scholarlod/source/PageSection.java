package org.scholarlod.source;

import java.util.Map;

/** The headed sections of a Springer Link landing page, recognised by their heading lines. */
enum PageSection {
    HEAD, ABSTRACT, KEYWORDS, NOTES, REFERENCES, ACKNOWLEDGEMENTS, FUNDING, AUTHOR_INFORMATION, AFFILIATIONS,
    COPYRIGHT, RIGHTS, ABOUT, OTHER, END;

    private static final Map<String, PageSection> HEADINGS = Map.ofEntries(
            Map.entry("abstract", ABSTRACT),
            Map.entry("keywords", KEYWORDS),
            Map.entry("notes", NOTES),
            Map.entry("references", REFERENCES),
            Map.entry("acknowledgements", ACKNOWLEDGEMENTS),
            Map.entry("acknowledgments", ACKNOWLEDGEMENTS),
            Map.entry("funding", FUNDING),
            Map.entry("author information", AUTHOR_INFORMATION),
            Map.entry("authors and affiliations", AFFILIATIONS),
            Map.entry("copyright information", COPYRIGHT),
            Map.entry("rights and permissions", RIGHTS),
            Map.entry("about this article", ABOUT),
            Map.entry("ethics declarations", OTHER),
            Map.entry("additional information", OTHER),
            Map.entry("electronic supplementary material", OTHER),
            Map.entry("supplementary information", OTHER),
            Map.entry("change history", OTHER),
            Map.entry("corresponding author", OTHER),
            Map.entry("contributions", OTHER),
            Map.entry("personalised recommendations", END),
            Map.entry("personalized recommendations", END));

    /** The section a heading line opens, or null when the line is not a heading. */
    static PageSection ofHeading(String line) {
        return HEADINGS.get(Text.collapse(line).toLowerCase(java.util.Locale.ROOT));
    }
}
