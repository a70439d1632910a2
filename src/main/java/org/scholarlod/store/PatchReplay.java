package org.scholarlod.store;

import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.changes.RDFChangesApply;
import org.apache.jena.rdfpatch.changes.RDFChangesExternalTxn;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Applies the patches of a log that a store has not applied yet, in order, each in one write transaction together
 * with the store's new {@link PatchVersion}: a patch is applied whole or not at all, and never twice, so a replica
 * that stops anywhere resumes where it stopped.
 */
final class PatchReplay {
    private PatchReplay() {}

    /**
     * Applies the next patch of {@code log} to {@code dataset} (whose base TDB2 dataset is {@code tdb}); returns
     * false when the store is at the log's head already.
     */
    static boolean next(DatasetGraph dataset, DatasetGraph tdb, PatchLog log) {
        dataset.begin(TxnType.WRITE);
        try {
            long version = PatchVersion.of(tdb);
            Optional<RDFPatch> found = log.read(version + 1);
            if (found.isEmpty()) {
                dataset.abort();
                return false;
            }
            RDFPatch patch = found.get();
            Node expected = PatchVersion.id(tdb);
            Node prev = patch.getPrevious();
            if (!Objects.equals(expected, prev)) {
                throw new StoreException(
                        log.file(version + 1) + ": follows patch " + prev + ", but the store's last "
                                + "patch (number " + version + ") is " + expected
                                + ": the log does not continue this store's "
                                + "history; start it again from a snapshot of this log",
                        null);
            }
            // The patch's own transaction marks are this transaction's: applied inside it, not as a new one.
            patch.apply(new RDFChangesExternalTxn(new RDFChangesApply(dataset)));
            PatchVersion.set(tdb, version + 1, patch.getId());
            dataset.commit();
            return true;
        } catch (RuntimeException e) {
            dataset.abort();
            throw e;
        } finally {
            dataset.end();
        }
    }
}
