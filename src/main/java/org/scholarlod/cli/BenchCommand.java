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
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.ArticleMapper;
import org.scholarlod.rdf.UriMinter;
import org.scholarlod.refparse.ReferenceEvaluation;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.refparse.TeiCorpus;
import org.scholarlod.source.ArticleReader;
import org.scholarlod.source.BundledSeed;
import org.scholarlod.source.Reading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code scholarlod bench}: throughput on one thread, each figure beside a baseline measured in the same run,
 * since absolute numbers on a shared machine mean little.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure throughput against baselines measured in the same run.",
            "Reference parsing on one thread (baseline: splitting the same strings into words); converting the seed "
                + "article (baseline: Jena parsing the N-Triples of the same article); dereferencing URIs as Turtle, "
                + "JSON-LD and HTML (baseline: a bare SPARQL DESCRIBE of the same URIs on the same server); the gzip'd "
                + "N-Triples dump over HTTP (baseline: Jena writing the same triples to gzip in-process)."},
        footer = ExitCode.HELP_FOOTER)
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/data/grobid-citation/corpus",
            description = "Reference strings to parse (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "5",
            description = "Measuring time per figure, after as long again of warm-up (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--db", paramLabel = "DIR", description = "Measure only dereferencing, on this store (a catalogue "
            + "loaded with load), against DESCRIBE of the same articles on the same server.")
    Path db;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "20",
            description = "With --db, how many of its articles to dereference (default: ${DEFAULT-VALUE}).")
    int articles;

    @Override
    public Integer call() throws IOException {
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
        ArticleMapper mapper = new ArticleMapper(new UriMinter(Defaults.BASE));
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
        report("converting the seed article (" + graph.graph().size() + " triples)", convert, "articles/s",
                "Jena parsing its N-Triples", riot);
        try {
            new WebBench(seconds, main.out()).run();
        } catch (Exception e) {
            throw new IllegalStateException("the web benchmark failed: " + e.getMessage(), e);
        }
        main.out().flush();
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
