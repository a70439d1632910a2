package org.scholarlod.store;

import java.time.Instant;

/**
 * One change a write made to an article: when, in which write (the store's generation, which orders changes
 * made in the same second), to which article, and whether it was created or its content updated.
 */
public record ArticleChange(Instant at, long generation, long sequence, String article, Kind kind) {
    /** What happened to the article. */
    public enum Kind {
        CREATED,
        UPDATED
    }
}
