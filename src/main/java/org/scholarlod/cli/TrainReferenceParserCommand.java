package org.scholarlod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scholarlod.refparse.ReferenceEvaluation;
import org.scholarlod.refparse.ReferenceTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod train-reference-parser}: trains the bundled reference and name models, reproducibly. */
@Command(
        name = "train-reference-parser",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Train the reference parser's two models on the train side of GROBID's corpora.",
            "The reference model learns from the annotated references and from the same references rendered in "
                    + "the training CSL styles; the name model from the annotated author lists and from names laid "
                    + "out as styles write them. Nothing from the dev side, the physics evaluation files or the "
                    + "held-out styles is trained on. Writes both models where the build bundles them. The same "
                    + "corpora, epochs and seed give the same models."
        },
        footer = ExitCode.HELP_FOOTER)
final class TrainReferenceParserCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ReferenceCorpora corpora;

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
            description = "Seed for shuffling, drawing names and drawing styles (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--styles-per-reference",
            paramLabel = "N",
            defaultValue = "2",
            description = "Training styles each annotated reference is rendered in (default: ${DEFAULT-VALUE}).")
    int stylesPerReference;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            defaultValue = "src/main/resources/refparse/reference-model.txt.gz",
            description = "Where to write the reference model (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(
            names = "--name-model",
            paramLabel = "FILE",
            defaultValue = "src/main/resources/refparse/name-model.txt.gz",
            description = "Where to write the name model (default: ${DEFAULT-VALUE}).")
    Path nameOutput;

    @Override
    public Integer call() throws IOException {
        corpora.check();
        long start = System.nanoTime();
        for (Path file : new Path[] {output, nameOutput}) {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
        }
        ReferenceTraining.Trained trained;
        try (OutputStream references = Files.newOutputStream(output);
                OutputStream names = Files.newOutputStream(nameOutput)) {
            trained = ReferenceTraining.train(
                    corpora.corpus, corpora.names, epochs, seed, stylesPerReference, references, names);
        }
        main.err()
                .printf(
                        Locale.ROOT,
                        "scholarlod: trained on %d annotated and %d rendered references, %d annotated and %d laid-out "
                                + "name lists, in %.1f s; wrote %s and %s%n",
                        trained.annotatedReferences(),
                        trained.renderedReferences(),
                        trained.annotatedNameLists(),
                        trained.laidOutNameLists(),
                        (System.nanoTime() - start) / 1e9,
                        output,
                        nameOutput);
        ReferenceEvaluation.Result dev = ReferenceEvaluation.evaluate(
                ReferenceEvaluation.files(corpora.corpus, ReferenceEvaluation.Split.dev), trained.parser());
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
