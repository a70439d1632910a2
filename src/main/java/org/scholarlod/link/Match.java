package org.scholarlod.link;

/**
 * An accepted match: our resource, the other graph's, how sure we are, how we decided, and the identifier the other
 * graph gives it (a DOI for a work, an ORCID for a person; may be null).
 */
public record Match(String ours, String theirs, double score, String method, String identifier) {
    public Match {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("match score " + score + " is not between 0 and 1");
        }
    }
}
