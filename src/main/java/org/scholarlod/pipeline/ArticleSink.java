package org.scholarlod.pipeline;

import org.scholarlod.rdf.ArticleGraph;

/** Where converted articles go, one at a time and in input order, from one thread. */
public interface ArticleSink extends AutoCloseable {
    void accept(ArticleGraph article);

    /** Called once after the last article of a run that was not stopped by an error. */
    default void finish() {}

    @Override
    default void close() {}
}
