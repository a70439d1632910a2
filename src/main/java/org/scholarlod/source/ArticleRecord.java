package org.scholarlod.source;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The article JSON record as written on disk (see README, "Article JSON record"): the facts a landing page
 * lacks. Every field is optional; unknown fields are errors, so that typos do not pass silently.
 */
record ArticleRecord(
        String doi,
        String title,
        @JsonProperty("abstract") String abstractText,
        List<String> keywords,
        JournalRecord journal,
        String volume,
        String issue,
        String pages,
        String issued,
        List<AuthorRecord> authors,
        List<AffiliationRecord> affiliations,
        CopyrightRecord copyright,
        String license) {

    /** A journal: its title and ISSNs. */
    record JournalRecord(String title, List<String> issn) {}

    /** An author in author order; {@code affiliations} are 1-based numbers into the affiliation list. */
    record AuthorRecord(String given, String family, String orcid, List<Integer> affiliations) {}

    /** An affiliation, numbered as on the page. */
    record AffiliationRecord(Integer number, List<String> units, String institution, String city, String region,
                             String country) {}

    /** Copyright holder and year. */
    record CopyrightRecord(String holder, String year) {}
}
