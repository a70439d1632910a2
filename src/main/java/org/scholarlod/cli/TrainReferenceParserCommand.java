package org.scholarlod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scholarlod.refparse.ReferenceEvaluation;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.refparse.TeiCorpus;
import org.scholarlod.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod train-reference-parser}: trains the bundled reference model, reproducibly. */
@Command(
        name = "train-reference-parser",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Train the reference parser's sequence model on GROBID's corpus.",
            "Trains on the train split and writes the model where the build bundles it. The same corpus, epochs and "
                    + "seed give the same model."
        },
        footer = ExitCode.HELP_FOOTER)
final class TrainReferenceParserCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            defaultValue = "../shared/data/grobid-citation/corpus",
            description = "Folder of annotated TEI files (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(
            names = "--epochs",
            paramLabel = "N",
            defaultValue = "12",
            description = "Training passes (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "20161",
            description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            defaultValue = "src/main/resources/refparse/reference-model.txt.gz",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new InputException(corpus.toString(), null, "no such corpus folder");
        }
        List<TeiCorpus.Entry> entries = new ArrayList<>();
        for (Path file : ReferenceEvaluation.files(corpus, ReferenceEvaluation.Split.train)) {
            entries.addAll(TeiCorpus.read(file));
        }
        long start = System.nanoTime();
        ReferenceParser parser;
        if (output.toAbsolutePath().getParent() != null) {
            Files.createDirectories(output.toAbsolutePath().getParent());
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            parser = ReferenceParser.trained(entries, epochs, seed, out);
        }
        main.err()
                .printf(
                        Locale.ROOT,
                        "scholarlod: trained on %d references in %.1f s; wrote %s (%d bytes)%n",
                        entries.size(),
                        (System.nanoTime() - start) / 1e9,
                        output,
                        Files.size(output));
        ReferenceEvaluation.Result dev =
                ReferenceEvaluation.evaluate(ReferenceEvaluation.files(corpus, ReferenceEvaluation.Split.dev), parser);
        main.out()
                .printf(
                        Locale.ROOT,
                        "dev split: %d references, field-level micro-F1 %.4f exact, %.4f soft%n",
                        dev.references(),
                        dev.exact().microF1(),
                        dev.soft().microF1());
        main.out().flush();
        return ExitCode.OK;
    }
}
