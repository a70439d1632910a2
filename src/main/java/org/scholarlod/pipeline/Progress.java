package org.scholarlod.pipeline;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a run on standard error: on a terminal a progress bar redrawn in place (share read, rate, time
 * left, records), else a plain line every ten seconds; nothing when quiet. The share done is the share of the
 * input files' bytes read, since a streamed catalogue's record count is unknown until its end; from standard
 * input the bar has no end and no time left.
 */
final class Progress {
    private static final long PLAIN_EVERY_MS = 10_000;
    /** A run shorter than this shows no bar. */
    private static final long TERMINAL_AFTER_MS = 1_000;

    private static final long MB = 1_000_000;

    private final PrintStream err;
    private final boolean quiet;
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private final boolean terminal;
    private final int width;
    private final long start = System.nanoTime();
    private long last = System.currentTimeMillis();
    private ProgressBar bar;

    /** {@code totalBytes} is negative when unknown. */
    Progress(PrintStream err, boolean quiet, long totalBytes, LongSupplier bytesRead) {
        this(err, quiet, totalBytes, bytesRead, System.console() != null ? 0 : -1);
    }

    /** {@code width} is the terminal's width in characters, 0 to ask the terminal, -1 for no terminal. */
    Progress(PrintStream err, boolean quiet, long totalBytes, LongSupplier bytesRead, int width) {
        this.err = err;
        this.quiet = quiet;
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
        this.terminal = width >= 0;
        this.width = width;
    }

    void update(long converted, long skipped) {
        if (quiet) {
            return;
        }
        long now = System.currentTimeMillis();
        if (terminal) {
            if (bar == null && now - last >= TERMINAL_AFTER_MS) {
                bar = newBar();
            }
            if (bar != null) {
                bar.stepTo(bytesRead.getAsLong() / MB);
                bar.setExtraMessage(String.format(" %,d converted, %,d skipped", converted, skipped));
            }
            return;
        }
        if (now - last < PLAIN_EVERY_MS) {
            return;
        }
        last = now;
        err.println(line(converted, skipped));
        err.flush();
    }

    String line(long converted, long skipped) {
        double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
        String counts = String.format(
                "%,d converted, %,d skipped, %,.0f records/s", converted, skipped, (converted + skipped) / seconds);
        if (totalBytes <= 0) {
            return "scholarlod: " + counts;
        }
        double done = Math.min(1.0, (double) bytesRead.getAsLong() / totalBytes);
        String left = done > 0.01 ? ", about " + clock(seconds * (1 - done) / done) + " left" : "";
        return String.format("scholarlod: %3.0f%% read; %s%s", done * 100, counts, left);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    /** A bar over the megabytes to read (without an end when their number is unknown). */
    private ProgressBar newBar() {
        return new ProgressBarBuilder()
                .setTaskName("scholarlod")
                .setInitialMax(totalBytes > 0 ? (totalBytes + MB - 1) / MB : -1)
                .setUnit(" MB", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(
                        width > 0 ? new ConsoleProgressBarConsumer(err, width) : new ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(250)
                .build();
    }

    void done() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
