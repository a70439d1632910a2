package org.scholarlod.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.scholarlod.store.ArticleStore;
import org.scholarlod.store.ArticleStores;
import org.scholarlod.store.FreshStoreLoad;
import org.scholarlod.store.PatchFollower;
import org.scholarlod.store.PatchLog;
import org.scholarlod.store.Snapshots;
import org.scholarlod.web.ReplicaState;

/**
 * The part {@code serve} plays in replication, from its options: a store started from a snapshot, the writer that
 * records its updates as patches, or a read-only replica that follows them; its readiness, and its drain on stop.
 */
final class Replication implements AutoCloseable {
    private final Path snapshots;
    private final Path recordInto;
    private final Path follow;
    private final long pollMillis;
    private final int drainSeconds;
    private PatchFollower follower;

    Replication(Path snapshots, Path recordInto, Path follow, long pollMillis, int drainSeconds) {
        this.snapshots = snapshots;
        this.recordInto = recordInto;
        this.follow = follow;
        this.pollMillis = pollMillis;
        this.drainSeconds = drainSeconds;
    }

    /** Refuses combinations that make no sense, before anything is opened. */
    void check(boolean update, boolean inputs) {
        if (follow != null && recordInto != null) {
            throw new IllegalArgumentException("give --follow (a replica) or --record-patches (the writer), not both");
        }
        if (follow != null && update) {
            throw new IllegalArgumentException(
                    "--follow serves a read-only replica, whose store changes only through its patch log: "
                            + "send updates to the writer (serve --update --record-patches) instead");
        }
        if (follow != null && inputs) {
            throw new IllegalArgumentException("a replica loads nothing itself: load the INPUTs on the writer");
        }
        if (recordInto != null && !update) {
            throw new IllegalArgumentException("--record-patches records the writes --update accepts: give --update");
        }
        if (pollMillis <= 0) {
            throw new IllegalArgumentException("--poll must be at least 1 millisecond, not " + pollMillis);
        }
        if (drainSeconds < 0) {
            throw new IllegalArgumentException("--drain must be 0 or more seconds, not " + drainSeconds);
        }
    }

    /** Whether the store is one of a replicated set, whose changes come only through a patch log. */
    boolean replicated() {
        return follow != null || recordInto != null;
    }

    /**
     * Opens the store in {@code directory}: first copied from the newest snapshot when it is new and snapshots are
     * given; the writer's recording its writes, after applying the patches it lacks.
     */
    ArticleStore open(Path directory, boolean update, PrintStream err) {
        if (snapshots != null && FreshStoreLoad.isNew(directory)) {
            long version = Snapshots.in(snapshots).copyLatestTo(directory);
            err.printf("scholarlod: %s starts from snapshot %d of %s%n", directory, version, snapshots);
            err.flush();
        }
        if (recordInto == null) {
            return update ? ArticleStores.openForWriting(directory) : ArticleStores.open(directory);
        }
        PatchLog log = PatchLog.in(recordInto);
        ArticleStore store = ArticleStores.recording(directory, log);
        try {
            while (store.applyNextPatch(log)) {
                // a writer restarted from an older snapshot replays what was recorded since
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** What the server tells a balancer, or null when it is not replicated. */
    ReplicaState state(ArticleStore store, String name) {
        if (!replicated()) {
            return null;
        }
        ReplicaState state = new ReplicaState(name, store::patchVersion);
        if (follow == null) {
            state.caughtUp();
        }
        return state;
    }

    /** Starts following the log, for a replica. */
    void follow(ArticleStore store, ReplicaState state, PrintStream err) {
        if (follow == null) {
            return;
        }
        follower = PatchFollower.start(
                store,
                PatchLog.in(follow),
                Duration.ofMillis(pollMillis),
                version -> state.refresh(),
                state::caughtUp,
                e -> {
                    state.fail(e.getMessage());
                    err.println("scholarlod: error: " + state.name() + " stopped following " + follow + ": "
                            + e.getMessage());
                    err.flush();
                });
    }

    /** Stops following, after the patch being applied (if any), so that the store closes between patches. */
    @Override
    public void close() {
        if (follower != null) {
            follower.close();
        }
    }

    /** On stop: not ready for {@code --drain} seconds first, so that a balancer takes requests elsewhere. */
    void drain(ReplicaState state) {
        if (state == null || drainSeconds == 0) {
            return;
        }
        state.drain();
        try {
            Thread.sleep(Duration.ofSeconds(drainSeconds).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
