package org.scholarlod.pipeline;

import org.scholarlod.rdf.ArticleGraph;

/**
 * Where converted articles go, one at a time and in input order, from one thread; {@link #render} runs first on
 * the worker threads, so that a sink can do its costly part (serialising, laying out) in parallel.
 */
public interface ArticleSink<R> extends AutoCloseable {
    /** What {@link #accept} will need of the article, computed on a worker thread; null by default. */
    default R render(ArticleGraph article) {
        return null;
    }

    /**
     * Takes the article and what {@link #render} made of it; {@code position} is its record's place among all the
     * records of the run (1-based, counting those that failed).
     */
    void accept(ArticleGraph article, R rendered, long position);

    /** Called once after the last article of a run that was not stopped by an error, with how many records it had. */
    default void finish(long records) {}

    @Override
    default void close() {}
}
