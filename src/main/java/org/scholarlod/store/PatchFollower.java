package org.scholarlod.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Keeps a store in step with a patch log: polls the log at a fixed interval and applies every patch after the
 * store's version, in order, each in its own transaction. It says when each is applied and when the store first
 * reached the log's head; a patch that cannot be applied stops the following, reported, with the store as it was.
 */
public final class PatchFollower implements AutoCloseable {
    private final ArticleStore store;
    private final PatchLog log;
    private final LongConsumer applied;
    private final Runnable caughtUp;
    private final Consumer<RuntimeException> failed;
    private final ScheduledExecutorService poller;
    private boolean reachedHead;

    private PatchFollower(
            ArticleStore store,
            PatchLog log,
            LongConsumer applied,
            Runnable caughtUp,
            Consumer<RuntimeException> failed) {
        this.store = store;
        this.log = log;
        this.applied = applied;
        this.caughtUp = caughtUp;
        this.failed = failed;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "scholarlod-patch-follower");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts following {@code log} every {@code interval}: {@code applied} gets each new version, {@code caughtUp}
     * runs once the store first stands at the log's head, {@code failed} gets what stopped the following.
     */
    public static PatchFollower start(
            ArticleStore store,
            PatchLog log,
            Duration interval,
            LongConsumer applied,
            Runnable caughtUp,
            Consumer<RuntimeException> failed) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("poll interval " + interval + " must be positive");
        }
        PatchFollower follower = new PatchFollower(store, log, applied, caughtUp, failed);
        follower.poller.scheduleWithFixedDelay(follower::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return follower;
    }

    private void poll() {
        try {
            while (store.applyNextPatch(log)) {
                applied.accept(store.patchVersion());
            }
            if (!reachedHead) {
                reachedHead = true;
                caughtUp.run();
            }
        } catch (RuntimeException e) {
            failed.accept(e);
            poller.shutdown();
        }
    }

    /** Stops following, waiting for a patch being applied to finish. */
    @Override
    public void close() {
        poller.shutdown();
        try {
            poller.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
