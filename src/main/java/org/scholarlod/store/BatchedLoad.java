package org.scholarlod.store;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scholarlod.pipeline.ArticleSink;
import org.scholarlod.rdf.ArticleGraph;

/**
 * Loads articles into a store in bounded write transactions, each replacing whole article graphs: memory holds
 * one batch, and a crash at any moment leaves every article either as it was or as loaded, never half.
 */
final class BatchedLoad implements ArticleSink<HashedLayout> {
    /** Articles per transaction: large enough to amortise a commit, small enough to bound the journal. */
    static final int ARTICLES_PER_TRANSACTION = 500;

    private final DatasetGraph dataset;
    private final DatasetGraph tdb;
    private final int batch;
    private final LoadProgress progress;
    private int inBatch;
    private long lastPosition;
    private boolean open;
    private ChangeLog changes;

    BatchedLoad(DatasetGraph dataset, DatasetGraph tdb, int batch, LoadProgress progress) {
        this.dataset = dataset;
        this.tdb = tdb;
        this.batch = batch;
        this.progress = progress;
    }

    /** The split into own and shared graphs and the content hash, done on the worker threads. */
    @Override
    public HashedLayout render(ArticleGraph article) {
        return HashedLayout.of(article);
    }

    @Override
    public void accept(ArticleGraph article, HashedLayout hashed, long position) {
        if (!open) {
            dataset.begin(TxnType.WRITE);
            open = true;
            StoreGeneration.next(tdb);
            changes = new ChangeLog(tdb);
        }
        changes.record(hashed);
        LaidOutWrite.replace(dataset, hashed.layout());
        lastPosition = position;
        if (++inBatch == batch) {
            commit();
        }
    }

    @Override
    public void finish(long records) {
        if (open) {
            commit();
        }
        if (progress != null) {
            progress.committed(records, true);
        }
    }

    /** Abandons the batch in progress when the run stopped before {@link #finish()}. */
    @Override
    public void close() {
        if (open) {
            try {
                dataset.abort();
            } finally {
                dataset.end();
                open = false;
            }
        }
    }

    private void commit() {
        try {
            dataset.commit();
        } finally {
            dataset.end();
            open = false;
            inBatch = 0;
        }
        if (progress != null) {
            progress.committed(lastPosition, false);
        }
    }
}
