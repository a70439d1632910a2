package org.scholarlod.pipeline;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Progress of a run on standard error: on a terminal one line redrawn in place (a bar, records, rate, time
 * left), else a plain line every ten seconds; nothing when quiet. The share done is the share of the input
 * files' bytes read, since a streamed catalogue's record count is unknown until its end; from standard input
 * there is no bar and no time left.
 */
final class Progress {
    private static final long PLAIN_EVERY_MS = 10_000;
    private static final long TERMINAL_EVERY_MS = 250;
    private static final int BAR = 24;

    private final PrintStream err;
    private final boolean quiet;
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long last = System.currentTimeMillis();
    private boolean shown;

    /** {@code totalBytes} is negative when unknown. */
    Progress(PrintStream err, boolean quiet, long totalBytes, LongSupplier bytesRead) {
        this.err = err;
        this.quiet = quiet;
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
    }

    void update(long converted, long skipped) {
        if (quiet) {
            return;
        }
        long now = System.currentTimeMillis();
        if (now - last < (terminal ? TERMINAL_EVERY_MS : PLAIN_EVERY_MS)) {
            return;
        }
        last = now;
        shown = true;
        err.print(terminal ? "\r" + line(converted, skipped) + "   " : line(converted, skipped) + "\n");
        err.flush();
    }

    String line(long converted, long skipped) {
        double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
        String counts = String.format("%,d converted, %,d skipped, %,.0f records/s", converted, skipped,
                (converted + skipped) / seconds);
        if (totalBytes <= 0) {
            return "scholarlod: " + counts;
        }
        double done = Math.min(1.0, (double) bytesRead.getAsLong() / totalBytes);
        int filled = (int) Math.round(done * BAR);
        String bar = terminal ? "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " : "";
        String left = done > 0.01 ? ", about " + clock(seconds * (1 - done) / done) + " left" : "";
        return String.format("scholarlod: %s%3.0f%% read; %s%s", bar, done * 100, counts, left);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    void done() {
        if (!quiet && terminal && shown) {
            err.print("\n");
        }
    }
}
