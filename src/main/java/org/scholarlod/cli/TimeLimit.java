package org.scholarlod.cli;

import java.time.Duration;

/** A {@code --timeout} in seconds, as {@code query} and {@code serve} take it: zero for no limit. */
final class TimeLimit {
    private TimeLimit() {}

    /** The limit, or a usage error naming the option when it is negative. */
    static Duration ofSeconds(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("--timeout must be 0 (no limit) or a number of seconds, not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }
}
