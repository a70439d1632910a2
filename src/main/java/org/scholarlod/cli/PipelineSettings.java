package org.scholarlod.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.scholarlod.pipeline.PipelineOptions;
import org.scholarlod.pipeline.Summary;
import org.scholarlod.rdf.BaseUri;
import picocli.CommandLine.Option;

/** How a catalogue run goes, for the commands that convert many records (a picocli mixin). */
final class PipelineSettings {
    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "0",
            description = "Worker threads converting "
                    + "records (default: one per core). The output is in input order whatever the number.")
    int threads;

    @Option(
            names = "--fail-fast",
            description = "Stop at the first record that cannot be converted, with its "
                    + "error and exit code, instead of skipping it.")
    boolean failFast;

    @Option(
            names = "--report",
            paramLabel = "FILE",
            description = "Write every skipped record and every warning "
                    + "to FILE as JSON lines (file, position, doi, reason).")
    Path report;

    @Option(
            names = "--no-parse-references",
            description =
                    "Keep each reference's text and the fields its source "
                            + "states, without parsing the text (much faster; cited works without a DOI or fields stay unknown).")
    boolean noParseReferences;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress, no warnings (the report keeps them) and no "
                    + "summary; skipped records are still named.")
    boolean quiet;

    PipelineOptions options(BaseUri base, boolean validate, boolean verbose) {
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return new PipelineOptions(base, validate, workers, failFast, report, quiet, verbose, !noParseReferences, 0);
    }

    /** The run's summary, for a run of more than one record (one record's outcome has been said already). */
    void printSummary(Summary summary, PrintStream err) {
        if (!quiet && summary.read() > 1) {
            err.println("scholarlod: " + summary.line());
        }
    }

    /** 0 when nothing was skipped; 1 when a record could not be read; 3 when only non-conforming ones were. */
    static int exitCode(Summary summary) {
        if (summary.skipped() == 0) {
            return ExitCode.OK;
        }
        return summary.skipped() > summary.invalid() ? ExitCode.BAD_INPUT : ExitCode.INVALID_RDF;
    }
}
