package org.scholarlod.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When the served store last changed, and a counter that moves with it: what is derived from the store once
 * (the home page, the VoID description, Last-Modified) is derived again when an update moves it.
 */
final class StoreVersion {
    private final AtomicLong version = new AtomicLong();
    private volatile Instant lastModified;

    StoreVersion(Instant lastModified) {
        this.lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
    }

    long version() {
        return version.get();
    }

    /** In whole seconds, as HTTP dates carry it. */
    Instant lastModified() {
        return lastModified;
    }

    /** The store was just written: a second later at least, so that Last-Modified moves on. */
    void changed() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant next = lastModified.plusSeconds(1);
        lastModified = now.isAfter(next) ? now : next;
        version.incrementAndGet();
    }
}
