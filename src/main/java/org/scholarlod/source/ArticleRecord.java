package org.scholarlod.source;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The article JSON record as written on disk (see README, "Article JSON record"): the facts a landing page
 * lacks. Every field is optional; unknown fields are errors, so that typos do not pass silently.
 */
record ArticleRecord(
        String doi,
        String pmid,
        String arxiv,
        String wikidata,
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
        String license,
        List<FundingRecord> funding) {

    /** A journal: its title and ISSNs. */
    record JournalRecord(String title, List<String> issn) {}

    /** An author in author order; {@code affiliations} are 1-based numbers into the affiliation list. */
    record AuthorRecord(String given, String family, String orcid, String wikidata, List<Integer> affiliations) {}

    /** An affiliation, numbered as on the page. */
    record AffiliationRecord(
            Integer number,
            List<String> units,
            String institution,
            String city,
            String region,
            String country,
            String ror,
            String wikidata) {}

    /** A funder, by name and identifiers, and the grant number when there is one. */
    record FundingRecord(String funder, String grant, String crossrefFunderId, String ror, String wikidata) {}

    /** Copyright holder and year. */
    record CopyrightRecord(String holder, String year) {}
}
