package org.scholarlod.web;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * What a server says about itself to a balancer: its name, the version of the store it answers from (the number of
 * the last patch of its log applied), and whether it is ready, which it is only once it has caught up with its log
 * and until it starts draining before a stop.
 */
public final class ReplicaState {
    private final String name;
    private final LongSupplier store;
    private final List<Runnable> onChange = new CopyOnWriteArrayList<>();
    private volatile long version;
    private volatile boolean caughtUp;
    private volatile boolean draining;
    private volatile String failure;

    /**
     * A server named {@code name} whose store's version {@code store} reads (once now, again on each
     * {@link #refresh()}), not ready until {@link #caughtUp()}.
     */
    public ReplicaState(String name, LongSupplier store) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || !name.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new IllegalArgumentException(
                    "replica name '" + name + "' must be printable ASCII without spaces (it goes in a header)");
        }
        this.name = name;
        this.store = Objects.requireNonNull(store, "store");
        this.version = store.getAsLong();
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }

    /** The store was written: its version is read again, and what is derived from the store is derived again. */
    public void refresh() {
        version = store.getAsLong();
        onChange.forEach(Runnable::run);
    }

    /** The store has caught up with its log: the server may take requests from a balancer. */
    public void caughtUp() {
        caughtUp = true;
    }

    /** The server is about to stop: a balancer should send it nothing new. */
    public void drain() {
        draining = true;
    }

    /** The store stopped following its log for {@code reason}: it is behind for good, and never ready again. */
    public void fail(String reason) {
        failure = reason;
    }

    public boolean ready() {
        return caughtUp && !draining && failure == null;
    }

    /** Why the server is not ready, or null when it is. */
    String notReadyBecause() {
        if (failure != null) {
            return "stopped following the patch log: " + failure;
        }
        if (draining) {
            return "draining before a stop";
        }
        return caughtUp ? null : "catching up with the patch log";
    }

    public boolean draining() {
        return draining;
    }

    void onChange(Runnable listener) {
        onChange.add(listener);
    }
}
