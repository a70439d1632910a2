package org.scholarlod.pipeline;

import java.io.PrintStream;

/**
 * Progress of a run on standard error: on a terminal one line redrawn in place (records, rate, skipped), else
 * a plain line every ten seconds; nothing when quiet. The total is unknown while a catalogue streams in, so
 * the line shows the rate rather than a time left.
 */
final class Progress {
    private static final long PLAIN_EVERY_MS = 10_000;
    private static final long TERMINAL_EVERY_MS = 250;

    private final PrintStream err;
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long last = System.currentTimeMillis();
    private boolean shown;

    Progress(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
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
        double seconds = (System.nanoTime() - start) / 1e9;
        String line = String.format("scholarlod: %,d converted, %,d skipped, %,.0f records/s", converted, skipped,
                (converted + skipped) / Math.max(seconds, 1e-3));
        err.print(terminal ? "\r" + line + "   " : line + "\n");
        err.flush();
    }

    void done() {
        if (!quiet && terminal && shown) {
            err.print("\n");
        }
    }
}
