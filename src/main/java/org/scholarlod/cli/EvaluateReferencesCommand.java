package org.scholarlod.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scholarlod.refparse.ReferenceEvaluation;
import org.scholarlod.refparse.ReferenceParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod evaluate-references}: field-level precision, recall and F1 of the reference parser. */
@Command(
        name = "evaluate-references",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Measure the reference parser on GROBID's annotated citation corpus (TEI), split by file.",
            "Prints precision, recall and F1 per field with exact and with soft matching (case, spaces and "
                    + "punctuation ignored)."
        },
        footer = ExitCode.HELP_FOOTER)
final class EvaluateReferencesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            defaultValue = "../shared/data/grobid-citation/corpus",
            description = "Folder of annotated TEI files (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(
            names = "--split",
            paramLabel = "SPLIT",
            defaultValue = "dev",
            description = "dev (every fifth file), train (the others) or all (default: ${DEFAULT-VALUE}).")
    ReferenceEvaluation.Split split;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new org.scholarlod.source.InputException(corpus.toString(), null, "no such corpus folder");
        }
        List<Path> files = ReferenceEvaluation.files(corpus, split);
        long start = System.nanoTime();
        ReferenceEvaluation.Result result = ReferenceEvaluation.evaluate(files, new ReferenceParser());
        double seconds = (System.nanoTime() - start) / 1e9;
        main.out()
                .printf(
                        Locale.ROOT,
                        "%s split: %d references from %d files (read and parsed in %.1f s)%n%n",
                        split,
                        result.references(),
                        result.files(),
                        seconds);
        main.out().println("Exact matching");
        main.out().println(result.exact().table());
        main.out().println("Soft matching");
        main.out().println(result.soft().table());
        main.out().flush();
        return ExitCode.OK;
    }
}
