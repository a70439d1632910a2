package org.scholarlod.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.scholarlod.pipeline.ConversionPipeline;
import org.scholarlod.pipeline.OutputFormat;
import org.scholarlod.pipeline.RdfWriterSink;
import org.scholarlod.pipeline.Summary;
import org.scholarlod.rdf.BaseUri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod convert}: articles in, RDF out, streamed. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Convert articles (landing pages, JSON records, Crossref JSON, JATS XML; files, folders, archives)"
                    + " to RDF, streamed article by article in input order.",
            "A record that cannot be converted is skipped and named; the exit code says whether any was."
        },
        footer = ExitCode.HELP_FOOTER)
final class ConvertCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ArticleInputs articles;

    @Mixin
    PipelineSettings pipeline;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "turtle",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). Triple formats merge "
                    + "the articles; trig and nquads keep one named graph per article. All but rdfxml stream.")
    OutputFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE (replaced only when the run ends without a stop) instead of standard output.")
    Path output;

    @Option(
            names = "--no-validate",
            description = "Skip the check against the SHACL shapes (by default a record "
                    + "whose RDF does not conform, which load would refuse, is skipped; exit code 3).")
    boolean noValidate;

    @Override
    public Integer call() throws IOException {
        BaseUri base = articles.base;
        ConversionPipeline run = new ConversionPipeline(
                "scholarlod convert", pipeline.options(base, !noValidate, main.verbose), main.err());
        Summary summary;
        if (output == null) {
            summary = run.run(articles.names(), System.in, new RdfWriterSink(format, base, main.out()));
            main.out().flush();
        } else {
            Path temporary = Files.createTempFile(output.toAbsolutePath().getParent(), ".scholarlod-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 20)) {
                summary = run.run(articles.names(), System.in, new RdfWriterSink(format, base, out));
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            if (summary.converted() == 0 && summary.skipped() > 0) {
                Files.delete(temporary);
            } else {
                Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        pipeline.printSummary(summary, main.err());
        return PipelineSettings.exitCode(summary);
    }
}
