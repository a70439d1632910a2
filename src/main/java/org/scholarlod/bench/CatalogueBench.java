package org.scholarlod.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.scholarlod.store.FileTrees;

/**
 * Generates catalogues of growing size and, on each, times conversion beside Jena's riot parsing the converter's
 * own N-Quads, and loading into a new store beside {@code tdb2.tdbloader} loading that file.
 */
public final class CatalogueBench {
    private static final String MAIN = "org.scholarlod.cli.Main";

    private final StageRun stages;
    private final Path work;
    private final String heap;
    private final PrintStream out;
    private final int runs;
    private final List<Size> measured = new ArrayList<>();

    /** Stages run {@code runs} times each under {@code -Xmx<heap>} and keep their files in {@code work}. */
    public CatalogueBench(String heap, int runs, Path work, PrintStream out) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs: at least 1, not " + runs);
        }
        this.stages = new StageRun(heap, work);
        this.work = work;
        this.heap = heap;
        this.runs = runs;
        this.out = out;
    }

    /** The figures of one catalogue size; {@code load} and its baseline are null where only conversion ran. */
    record Size(
            int articles,
            long quads,
            StageRun.Cost convert,
            StageRun.Cost riot,
            StageRun.Cost load,
            StageRun.Cost tdbloader) {}

    /**
     * Measures a catalogue of {@code articles}, each stage and its baseline run in turn {@code runs} times; with
     * {@code loadToo}, loads it and keeps the store, whose directory is returned (else null).
     */
    public Path measure(int articles, boolean loadToo) throws IOException, InterruptedException {
        Path dir = work.resolve(Integer.toString(articles));
        // A store left by an earlier run in the same --work would be loaded in transactions, not built anew.
        FileTrees.delete(dir);
        Files.createDirectories(dir);
        Path catalogue = dir.resolve("catalogue.jsonl.gz");
        Path nquads = dir.resolve("catalogue.nq");
        out.printf(
                Locale.ROOT,
                "%ncatalogue of %,d generated Crossref articles (seed 1), each stage a JVM of its own "
                        + "under -Xmx%s%s%n",
                articles,
                heap,
                runs == 1
                        ? ""
                        : ", each stage and its baseline run in turn " + runs
                                + " times (medians; peak memory of any run)");
        out.printf(
                Locale.ROOT,
                "%-40s %8s %8s %9s %9s %11s %10s %s%n",
                "stage",
                "wall s",
                "cpu s",
                "heap MB",
                "RSS MB",
                "quads/s",
                "articles/s",
                runs == 1 ? "" : "wall range");
        row(
                new Repeated(List.of(stages.run(
                        "generate",
                        MAIN,
                        "generate",
                        "--articles",
                        Integer.toString(articles),
                        "--seed",
                        "1",
                        "-o",
                        catalogue.toString()))),
                0,
                articles);
        Repeated[] conversion = inTurn(
                () -> stages.run(
                        "convert",
                        MAIN,
                        "convert",
                        "--no-parse-references",
                        "-f",
                        "nquads",
                        "-o",
                        nquads.toString(),
                        catalogue.toString()),
                () -> stages.run("riot", "riotcmd.riot", "--count", nquads.toString()));
        long quads = quads(nquads);
        row(conversion[0], quads, articles);
        row(conversion[1], quads, articles);
        StageRun.Cost load = null;
        StageRun.Cost tdbloader = null;
        Path db = dir.resolve("store");
        if (loadToo) {
            Path parsed = dir.resolve("parsed.nq");
            Path unchecked = dir.resolve("unchecked.nq");
            Repeated[] variants = inTurn(
                    () -> stages.run(
                            "convert, references parsed",
                            MAIN,
                            "convert",
                            "-f",
                            "nquads",
                            "-o",
                            parsed.toString(),
                            catalogue.toString()),
                    () -> stages.run(
                            "convert, not validated",
                            MAIN,
                            "convert",
                            "--no-parse-references",
                            "--no-validate",
                            "-f",
                            "nquads",
                            "-o",
                            unchecked.toString(),
                            catalogue.toString()));
            row(variants[0], quads(parsed), articles);
            row(variants[1], quads, articles);
            Files.delete(parsed);
            Files.delete(unchecked);
            Path baseline = dir.resolve("tdbloader");
            Repeated[] loading = inTurn(
                    () -> {
                        FileTrees.delete(db);
                        return stages.run(
                                "load (a new store)",
                                MAIN,
                                "load",
                                "--no-parse-references",
                                "--db",
                                db.toString(),
                                catalogue.toString());
                    },
                    () -> {
                        FileTrees.delete(baseline);
                        return stages.run(
                                "tdb2.tdbloader --loader=sequential",
                                "tdb2.tdbloader",
                                "--loader=sequential",
                                "--loc",
                                baseline.toString(),
                                nquads.toString());
                    });
            row(loading[0], quads, articles);
            row(loading[1], quads, articles);
            FileTrees.delete(baseline);
            load = loading[0].summary();
            tdbloader = loading[1].summary();
        }
        Files.delete(nquads);
        StageRun.Cost convert = conversion[0].summary();
        StageRun.Cost riot = conversion[1].summary();
        measured.add(new Size(articles, quads, convert, riot, load, tdbloader));
        out.printf(
                Locale.ROOT,
                "%,d quads, %,.0f per article; conversion %.2f× riot's parse rate%s%n",
                quads,
                quads / (double) articles,
                riot.wallSeconds() / convert.wallSeconds(),
                load == null
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "; load %.2f× tdb2.tdbloader",
                                tdbloader.wallSeconds() / load.wallSeconds()));
        return loadToo ? db : null;
    }

    /** A stage that runs as a child JVM. */
    private interface Stage {
        StageRun.Cost run() throws IOException, InterruptedException;
    }

    /** Runs {@code ours} and {@code baseline} alternately, so that a noisy spell falls on both. */
    private Repeated[] inTurn(Stage ours, Stage baseline) throws IOException, InterruptedException {
        List<StageRun.Cost> a = new ArrayList<>();
        List<StageRun.Cost> b = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            a.add(ours.run());
            b.add(baseline.run());
        }
        return new Repeated[] {new Repeated(a), new Repeated(b)};
    }

    /** How time per article and peak memory grew between the sizes measured, and loads extrapolated from it. */
    public void growth() {
        if (measured.size() < 2) {
            return;
        }
        Size first = measured.get(0);
        Size last = measured.get(measured.size() - 1);
        out.printf(
                Locale.ROOT,
                "%nfrom %,d to %,d articles: conversion time per article ×%.2f, its peak RSS ×%.2f, "
                        + "peak heap ×%.2f%n",
                first.articles(),
                last.articles(),
                perArticle(last.convert(), last) / perArticle(first.convert(), first),
                last.convert().peakRssKb() / (double) first.convert().peakRssKb(),
                last.convert().peakHeapMb() / (double) first.convert().peakHeapMb());
        List<Size> loaded = measured.stream().filter(s -> s.load() != null).toList();
        if (loaded.size() >= 2) {
            Size a = loaded.get(loaded.size() - 2);
            Size b = loaded.get(loaded.size() - 1);
            double exponent = Math.log(b.load().wallSeconds() / a.load().wallSeconds())
                    / Math.log(b.articles() / (double) a.articles());
            out.printf(
                    Locale.ROOT,
                    "load time grows as articles^%.2f from %,d to %,d: %,d articles would take about "
                            + "%.0f s, %,d about %.0f s%n",
                    exponent,
                    a.articles(),
                    b.articles(),
                    100_000,
                    extrapolate(b, exponent, 100_000),
                    1_000_000,
                    extrapolate(b, exponent, 1_000_000));
        }
    }

    /**
     * Dereferences {@code articles} articles of the store {@code db} against a bare DESCRIBE on the same server,
     * the server in a JVM of its own under the same heap cap.
     */
    public void serve(Path db, int articles, int seconds) throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "%nserving %s under -Xmx%s%n", db, heap);
        stages.run(
                "bench --db",
                MAIN,
                "bench",
                "--db",
                db.toString(),
                "--articles",
                Integer.toString(articles),
                "--seconds",
                Integer.toString(seconds));
        out.print(Files.readString(stages.output()));
        out.flush();
    }

    private static double extrapolate(Size from, double exponent, int articles) {
        return from.load().wallSeconds() * Math.pow(articles / (double) from.articles(), exponent);
    }

    private static double perArticle(StageRun.Cost cost, Size size) {
        return cost.wallSeconds() / size.articles();
    }

    private void row(Repeated repeated, long quads, int articles) {
        StageRun.Cost cost = repeated.summary();
        out.printf(
                Locale.ROOT,
                "%-40s %8.1f %8.1f %9s %9s %11s %10.0f %s%n",
                cost.stage(),
                cost.wallSeconds(),
                cost.cpuSeconds(),
                cost.peakHeapMb() < 0 ? "-" : Long.toString(cost.peakHeapMb()),
                cost.peakRssKb() < 0 ? "-" : Long.toString(cost.peakRssKb() / 1024),
                quads == 0 ? "" : String.format(Locale.ROOT, "%.0f", quads / cost.wallSeconds()),
                articles / cost.wallSeconds(),
                repeated.spread());
        out.flush();
    }

    /** The quads of an N-Quads file: one per line (the summary's triples count shared descriptions per article). */
    private static long quads(Path nquads) throws IOException {
        try (Stream<String> lines = Files.lines(nquads)) {
            return lines.filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .count();
        }
    }
}
