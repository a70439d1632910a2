package org.scholarlod.pipeline;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.source.catalogue.CatalogueWalker;
import org.scholarlod.source.catalogue.InputRecord;

/**
 * Runs a catalogue through conversion: a walker thread finds records, worker threads convert them, and the
 * calling thread hands the graphs to the sink in input order. At most a few records per worker are in flight,
 * so memory holds a bounded window of the input, never all of it.
 */
public final class ConversionPipeline {
    /** How many warnings are printed before the rest are only counted (and reported). */
    static final int PRINTED_WARNINGS = 20;

    private static final InputRecord END = new InputRecord("", null, null, () -> null);

    private final String command;
    private final PipelineOptions options;
    private final RecordConverter converter;
    private final PrintStream err;

    /** {@code command} names the run in the messages about skipped records ("scholarlod load"). */
    public ConversionPipeline(String command, PipelineOptions options, PrintStream err) {
        this.command = command;
        this.options = options;
        this.converter = new RecordConverter(options);
        this.err = err;
    }

    /**
     * Converts {@code inputs} into {@code sink}. With fail-fast, the first failed record's exception is thrown
     * (an {@link org.scholarlod.source.InputException} or a {@link ShapeViolationException}) after the sink
     * has taken the records before it; otherwise failures are printed, reported and counted.
     */
    public <R> Summary run(List<String> inputs, InputStream stdin, ArticleSink<R> sink) {
        long started = System.nanoTime();
        BlockingQueue<InputRecord> found = new ArrayBlockingQueue<>(options.threads() * 4);
        CatalogueWalker catalogue = new CatalogueWalker();
        Thread walker = new Thread(() -> walk(catalogue, inputs, stdin, found), "scholarlod-walker");
        walker.setDaemon(true);
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "scholarlod-converter");
            t.setDaemon(true);
            return t;
        });
        Counts counts = new Counts();
        Progress progress = new Progress(err, options.quiet(), CatalogueWalker.size(inputs), catalogue::bytesRead);
        try (ErrorReport report = ErrorReport.to(options.report())) {
            walker.start();
            Deque<Pending> inFlight = new ArrayDeque<>();
            boolean more = true;
            long position = 0;
            while (more || !inFlight.isEmpty()) {
                while (more && inFlight.size() < options.threads() * 2) {
                    InputRecord record = found.take();
                    if (record == END) {
                        more = false;
                    } else if (++position > options.skipRecords()) {
                        inFlight.add(new Pending(
                                record,
                                position,
                                CompletableFuture.supplyAsync(() -> converter.convert(record, sink), workers)));
                    }
                }
                if (!inFlight.isEmpty()) {
                    deliver(inFlight.poll(), sink, report, counts);
                    progress.update(counts.converted, counts.skipped);
                }
            }
            sink.finish(position);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            workers.shutdownNow();
            walker.interrupt();
            progress.done();
        }
        if (counts.unprintedWarnings > 0 && !options.quiet()) {
            err.println("scholarlod: warning: " + counts.unprintedWarnings + " more warning"
                    + (counts.unprintedWarnings == 1 ? "" : "s") + " not shown"
                    + (options.report() != null
                            ? " (all are in " + options.report() + ")"
                            : " (--report FILE keeps them all)"));
        }
        return new Summary(
                counts.converted + counts.skipped,
                counts.converted,
                counts.skipped,
                counts.invalid,
                counts.triples,
                counts.warnings,
                Duration.ofNanos(System.nanoTime() - started));
    }

    @SuppressWarnings("unchecked") // what sink.render made, handed back to the same sink
    private <R> void deliver(Pending pending, ArticleSink<R> sink, ErrorReport report, Counts counts)
            throws InterruptedException {
        InputRecord record = pending.record;
        RecordConverter.Result result;
        try {
            result = pending.result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a converter failed unexpectedly", e.getCause());
        }
        for (String warning : result.warnings()) {
            counts.warnings++;
            report.warning(record.file(), record.position(), record.doi(), warning);
            if (counts.warnings <= PRINTED_WARNINGS && !options.quiet()) {
                err.println("scholarlod: warning: " + warning);
            } else {
                counts.unprintedWarnings++;
            }
        }
        if (result.failure() != null) {
            counts.skipped++;
            RuntimeException failure = result.failure();
            report.error(record.file(), record.position(), record.doi(), RecordConverter.reason(failure));
            if (options.failFast()) {
                throw failure;
            }
            if (counts.skipped <= PRINTED_WARNINGS) {
                err.println(command + ": " + failure.getMessage().replace('\n', ' '));
                if (options.verbose()) {
                    failure.printStackTrace(err);
                }
            }
            if (failure instanceof ShapeViolationException) {
                counts.invalid++;
            }
            return;
        }
        ArticleGraph graph = result.graph();
        counts.converted++;
        counts.triples += graph.graph().size();
        sink.accept(graph, (R) result.rendered(), pending.position);
    }

    private void walk(
            CatalogueWalker catalogue, List<String> inputs, InputStream stdin, BlockingQueue<InputRecord> found) {
        try {
            try {
                catalogue.walk(inputs, stdin, record -> put(found, record));
            } catch (WalkStopped e) {
                throw e;
            } catch (RuntimeException e) {
                put(found, new InputRecord(String.join(" ", inputs), null, null, () -> {
                    throw e;
                }));
            }
            put(found, END);
        } catch (WalkStopped e) {
            // The pipeline stopped taking records (it failed or was interrupted): no one waits for the rest.
        }
    }

    private static void put(BlockingQueue<InputRecord> queue, InputRecord record) {
        try {
            queue.put(record);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WalkStopped();
        }
    }

    /** Thrown on the walker's thread when the pipeline interrupts it. */
    private static final class WalkStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WalkStopped() {
            super("the walk was stopped", null, false, false);
        }
    }

    private record Pending(InputRecord record, long position, Future<RecordConverter.Result> result) {}

    /** Counted on the delivering thread only. */
    private static final class Counts {
        long converted;
        long skipped;
        long triples;
        long warnings;
        long unprintedWarnings;
        long invalid;
    }
}
