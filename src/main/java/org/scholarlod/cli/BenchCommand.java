package org.scholarlod.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scholarlod.bench.CatalogueBench;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.ArticleMapper;
import org.scholarlod.rdf.UriMinter;
import org.scholarlod.refparse.ReferenceEvaluation;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.refparse.TeiCorpus;
import org.scholarlod.source.ArticleReader;
import org.scholarlod.source.BundledSeed;
import org.scholarlod.source.Reading;
import org.scholarlod.store.FileTrees;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code scholarlod bench}: throughput on one thread, each figure beside a baseline measured in the same run,
 * since absolute numbers on a shared machine mean little.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Measure throughput against baselines measured in the same run.",
            "Reference parsing on one thread (baseline: splitting the same strings into words); converting the seed "
                    + "article (baseline: Jena parsing the N-Triples of the same article); dereferencing URIs as Turtle, "
                    + "JSON-LD and HTML (baseline: a bare SPARQL DESCRIBE of the same URIs on the same server); the gzip'd "
                    + "N-Triples dump over HTTP (baseline: Jena writing the same triples to gzip in-process).",
            "With --catalogue: generated Crossref catalogues of each size, every stage a JVM of its own under --heap: "
                    + "conversion to N-Quads with and without reference parsing (baseline: Jena's riot parsing that "
                    + "file), loading a new store (baseline: tdb2.tdbloader loading that file), peak heap and resident "
                    + "memory, how each grows with the size, and dereferencing on the largest store loaded."
        },
        footer = ExitCode.HELP_FOOTER)
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            defaultValue = "../shared/data/grobid-citation/corpus",
            description = "Reference strings to parse (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(
            names = "--seconds",
            paramLabel = "N",
            defaultValue = "5",
            description = "Measuring time per figure, after as long again of warm-up (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(
            names = "--db",
            paramLabel = "DIR",
            description = "Measure only dereferencing, on this store (a catalogue "
                    + "loaded with load), against DESCRIBE of the same articles on the same server.")
    Path db;

    @Option(
            names = "--articles",
            paramLabel = "N",
            defaultValue = "20",
            description = "With --db, how many of its articles to dereference (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(
            names = "--catalogue",
            paramLabel = "N",
            split = ",",
            description = "Measure the catalogue pipeline "
                    + "on generated catalogues of these sizes, e.g. 1000,10000,100000.")
    List<Integer> catalogue;

    @Option(
            names = "--load-up-to",
            paramLabel = "N",
            defaultValue = "10000",
            description =
                    "With --catalogue, "
                            + "load and serve catalogues up to this size; larger ones are only converted (default: ${DEFAULT-VALUE}).")
    int loadUpTo;

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "1",
            description = "With --catalogue, run each "
                    + "stage and its baseline in turn N times and report medians (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--heap",
            paramLabel = "SIZE",
            defaultValue = "512m",
            description = "With --catalogue, the " + "-Xmx of every stage (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            description = "With --catalogue, keep the catalogues and the "
                    + "largest store in DIR (default: a temporary folder, removed at the end).")
    Path work;

    @Override
    public Integer call() throws IOException {
        if (catalogue != null) {
            return catalogues();
        }
        if (db != null) {
            try {
                new WebBench(seconds, main.out()).run(db, articles);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("the web benchmark failed: " + e.getMessage(), e);
            }
            main.out().flush();
            return ExitCode.OK;
        }
        List<String> references = new ArrayList<>();
        if (Files.isDirectory(corpus)) {
            for (Path file : ReferenceEvaluation.files(corpus, ReferenceEvaluation.Split.all)) {
                TeiCorpus.read(file).forEach(entry -> references.add(entry.raw()));
            }
        }
        if (!references.isEmpty()) {
            ReferenceParser parser = new ReferenceParser();
            double parse = rate(() -> {
                references.forEach(parser::parse);
                return references.size();
            });
            double split = rate(() -> {
                int words = 0;
                for (String reference : references) {
                    words += reference.split("\\s+").length;
                }
                return words > 0 ? references.size() : 0;
            });
            report("reference parsing", parse, "references/s", "splitting into words", split);
        }
        Reading seed = BundledSeed.read(new ArticleReader());
        ArticleMapper mapper = new ArticleMapper(new UriMinter(Defaults.BASE_URI));
        ReferenceParser parser = new ReferenceParser();
        ArticleGraph graph = mapper.map(parser.parseReferences(seed.article()));
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, graph.graph(), Lang.NTRIPLES);
        String ntriples = nt.toString(StandardCharsets.UTF_8);
        double convert = rate(() -> {
            Reading reading = BundledSeed.read(new ArticleReader());
            return mapper.map(parser.parseReferences(reading.article())).graph().size() > 0 ? 1 : 0;
        });
        double riot = rate(() -> {
            Graph parsed = GraphFactory.createDefaultGraph();
            RDFParser.fromString(ntriples, Lang.NTRIPLES).parse(parsed);
            return parsed.size() > 0 ? 1 : 0;
        });
        report(
                "converting the seed article (" + graph.graph().size() + " triples)",
                convert,
                "articles/s",
                "Jena parsing its N-Triples",
                riot);
        try {
            new WebBench(seconds, main.out()).run();
        } catch (Exception e) {
            throw new IllegalStateException("the web benchmark failed: " + e.getMessage(), e);
        }
        main.out().flush();
        return ExitCode.OK;
    }

    private Integer catalogues() throws IOException {
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("scholarlod-bench");
        CatalogueBench bench = new CatalogueBench(heap, runs, folder, main.out());
        try {
            Path largest = null;
            for (int size : catalogue.stream().sorted().toList()) {
                Path store = bench.measure(size, size <= loadUpTo);
                if (store != null) {
                    if (largest != null) {
                        FileTrees.delete(largest);
                    }
                    largest = store;
                }
            }
            bench.growth();
            if (largest != null) {
                bench.serve(largest, articles, seconds);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the catalogue benchmark was interrupted", e);
        } finally {
            if (work == null) {
                FileTrees.delete(folder);
            }
        }
        return ExitCode.OK;
    }

    private double rate(IntSupplier round) {
        long warmUntil = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            round.getAsInt();
        }
        long items = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long now;
        do {
            items += round.getAsInt();
            now = System.nanoTime();
        } while (now < end);
        return items / ((now - start) / 1e9);
    }

    private void report(String what, double rate, String unit, String baseline, double baselineRate) {
        main.out().printf(Locale.ROOT, "%-55s %12.0f %s%n", what, rate, unit);
        main.out().printf(Locale.ROOT, "%-55s %12.0f %s%n", "  baseline: " + baseline, baselineRate, unit);
        main.out().printf(Locale.ROOT, "%-55s %12.3f%n", "  ratio (ours / baseline)", rate / baselineRate);
    }
}
