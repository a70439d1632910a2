package org.scholarlod.pipeline;

import java.nio.file.Path;
import org.scholarlod.rdf.BaseUri;

/**
 * How a run converts: the base URIs are minted under, whether graphs are checked against the shapes, how many
 * worker threads, whether the first failed record stops the run, where failures and warnings are reported as
 * JSON lines (null for nowhere but standard error), whether progress is shown, whether a skipped record's
 * stack trace is printed, and whether reference texts are parsed (when not, a reference is its text and the
 * fields its source states, nothing more), and how many leading records to pass over unread (those a resumed
 * load already holds).
 */
public record PipelineOptions(
        BaseUri base,
        boolean validate,
        int threads,
        boolean failFast,
        Path report,
        boolean quiet,
        boolean verbose,
        boolean parseReferences,
        long skipRecords) {
    public PipelineOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads " + threads + " is not a positive number");
        }
    }

    /** The same run, passing over the first {@code records} records. */
    public PipelineOptions resumingAfter(long records) {
        return new PipelineOptions(base, validate, threads, failFast, report, quiet, verbose, parseReferences, records);
    }
}
