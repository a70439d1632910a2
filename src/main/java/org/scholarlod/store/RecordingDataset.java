package org.scholarlod.store;

import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A TDB2 dataset whose every committed write transaction is recorded as a patch by a {@link PatchRecorder}. Jena's
 * wrapper publishes the patch before the store commits, so that a patch that cannot be written stops the commit;
 * here a commit that fails after that takes its patch back out of the log.
 */
final class RecordingDataset extends DatasetGraphChanges {
    private final PatchRecorder recorder;

    RecordingDataset(DatasetGraph tdb, PatchRecorder recorder) {
        super(tdb, recorder);
        this.recorder = recorder;
    }

    @Override
    public void commit() {
        try {
            super.commit();
        } catch (RuntimeException e) {
            recorder.commitFailed();
            throw e;
        }
    }
}
