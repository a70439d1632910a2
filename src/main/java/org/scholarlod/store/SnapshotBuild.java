package org.scholarlod.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Makes the snapshots a {@link PatchLog}'s replicas start from: the first from a store or a dump, before the log
 * holds any patch; each later one by applying the log's new patches to a copy of the newest.
 */
public final class SnapshotBuild {
    private SnapshotBuild() {}

    /**
     * Snapshot 0 from a closed store that {@code load} built, or Jena's loaders ({@code tdb2.xloader} for a very
     * large dump: its full-text index is built here); returns its folder.
     */
    public static Path fromStore(Snapshots snapshots, PatchLog log, Path store) {
        requireFirst(snapshots, log);
        // A store built by Jena's own loaders (tdb2.xloader for a very large dump) has no full-text index yet.
        boolean indexed = Files.isDirectory(store.resolve(Tdb2Store.TEXT_INDEX));
        // Opening checks that the folder is a store, sound, and not open in another process.
        try (ArticleStore opened = Tdb2Store.open(store)) {
            if (opened.patchVersion() != 0) {
                throw new StoreException(
                        store + ": has applied patches of another log already; snapshot 0 of " + log.folder()
                                + " needs a store that has not",
                        null);
            }
        }
        Path staging = snapshots.staging();
        try {
            Snapshots.copy(store, staging);
            if (!indexed) {
                FileTrees.delete(staging.resolve(Tdb2Store.TEXT_INDEX));
                DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(staging));
                try {
                    TextIndexBuild.of(tdb, staging.resolve(Tdb2Store.TEXT_INDEX));
                } finally {
                    TDBInternal.expel(tdb);
                }
            }
        } catch (IOException e) {
            throw new StoreException(store + ": cannot be copied to " + staging + ": " + e.getMessage(), e);
        }
        return snapshots.publish(staging, 0);
    }

    /**
     * Snapshot 0 from N-Quads dumps (plain or gzip; {@code export --format nq.gz} writes one, the Spark job many
     * part files), loaded by Jena's TDB2 bulk loader, its full-text index built after.
     */
    public static Path fromDumps(Snapshots snapshots, PatchLog log, List<Path> dumps) {
        requireFirst(snapshots, log);
        Path staging = snapshots.staging();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(staging));
        try {
            DataLoader loader = LoaderFactory.sequentialLoader(tdb, (format, args) -> {});
            loader.startBulk();
            StreamRDF stream = loader.stream();
            stream.triple(StoreGeneration.triple(1));
            for (Path dump : dumps) {
                try (InputStream in = open(dump)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(stream);
                } catch (IOException e) {
                    loader.finishException(e);
                    throw new StoreException(dump + ": cannot be read: " + e.getMessage(), e);
                } catch (RiotException e) {
                    loader.finishException(e);
                    throw new StoreException(dump + ": not N-Quads the bulk loader can read: " + e.getMessage(), e);
                }
            }
            loader.finishBulk();
            TextIndexBuild.of(tdb, staging.resolve(Tdb2Store.TEXT_INDEX));
        } finally {
            TDBInternal.expel(tdb);
        }
        return snapshots.publish(staging, 0);
    }

    /**
     * A new snapshot at the log's head: a copy of the newest snapshot with the patches after it applied, each in
     * its own transaction. Returns the new snapshot's version, or the newest's when the log has nothing new.
     */
    public static long rollForward(Snapshots snapshots, PatchLog log) {
        long latest = snapshots
                .latest()
                .orElseThrow(() -> new StoreException(
                        snapshots.folder() + ": holds no "
                                + "snapshot to roll forward; make the first from a store or a dump",
                        null));
        if (log.head() <= latest) {
            return latest;
        }
        Path staging = snapshots.staging();
        long version;
        try {
            Snapshots.copy(snapshots.store(latest), staging);
            try (ArticleStore store = Tdb2Store.open(staging)) {
                while (store.applyNextPatch(log)) {
                    // each patch in its own transaction
                }
                version = store.patchVersion();
            }
        } catch (IOException e) {
            throw new StoreException(staging + ": snapshot " + latest + " cannot be copied: " + e.getMessage(), e);
        }
        // The statistics counted for the older state would be served as this one's.
        try {
            Files.deleteIfExists(staging.resolve(Tdb2Store.STATISTICS));
        } catch (IOException e) {
            throw new StoreException(staging + ": cannot be written: " + e.getMessage(), e);
        }
        snapshots.publish(staging, version);
        return version;
    }

    private static InputStream open(Path dump) throws IOException {
        InputStream in = Files.newInputStream(dump);
        return dump.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static void requireFirst(Snapshots snapshots, PatchLog log) {
        if (snapshots.latest().isPresent()) {
            throw new StoreException(
                    snapshots.folder() + ": holds snapshots already; a later one is made by rolling "
                            + "the newest forward through the patch log (snapshot without a source)",
                    null);
        }
        if (log.head() > 0) {
            throw new StoreException(
                    log.folder() + ": holds " + log.head() + " patches already; the first snapshot "
                            + "starts a log, so give a new patch-log folder",
                    null);
        }
    }
}
