package org.scholarlod.web;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When the served store last changed, and a counter that moves with it: what is derived from the store once
 * (the home page, the VoID description, Last-Modified) is derived again when an update moves it.
 */
final class StoreVersion {
    private final AtomicLong version = new AtomicLong();
    private volatile long lastModified;

    StoreVersion(long lastModified) {
        this.lastModified = seconds(lastModified);
    }

    long version() {
        return version.get();
    }

    /** Epoch milliseconds, whole seconds, as HTTP dates carry them. */
    long lastModified() {
        return lastModified;
    }

    /** The store was just written. */
    void changed() {
        lastModified = Math.max(lastModified + 1000, seconds(System.currentTimeMillis()));
        version.incrementAndGet();
    }

    private static long seconds(long millis) {
        return millis / 1000 * 1000;
    }
}
