package org.scholarlod.pipeline;

import java.time.Duration;

/**
 * What a run did: records read, converted and skipped (of those, how many for RDF that did not conform to the
 * shapes), the triples of the converted records (a shared description counts once for each record that gives it,
 * though it is written once), warnings given, and how long it took.
 */
public record Summary(
        long read, long converted, long skipped, long invalid, long triples, long warnings, Duration elapsed) {
    /** One line, as the command line prints it at the end of a run. */
    public String line() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return String.format(
                "%,d record%s read, %,d converted, %,d skipped; %,d triples in the records; %,d warning%s; %.1f s"
                        + " (%,.0f records/s)",
                read,
                read == 1 ? "" : "s",
                converted,
                skipped,
                triples,
                warnings,
                warnings == 1 ? "" : "s",
                seconds,
                read / seconds);
    }
}
