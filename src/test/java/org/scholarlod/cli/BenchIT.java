package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --catalogue} on two small generated catalogues: every stage and baseline runs and is reported. */
class BenchIT {
    @TempDir
    Path work;

    @Test
    void catalogue_reportsEveryStageBesideItsBaseline() throws IOException {
        CommandRun run = CommandRun.of(
                "bench",
                "--catalogue",
                "60,30",
                "--load-up-to",
                "60",
                "--runs",
                "2",
                "--heap",
                "256m",
                "--seconds",
                "1",
                "--articles",
                "2",
                "--work",
                work.toString());
        assertEquals(0, run.code(), run.err() + run.out());
        String out = run.out();
        for (String stage : new String[] {
            "generate",
            "convert",
            "riot",
            "convert, references parsed",
            "convert, not validated",
            "load (a new store)",
            "tdb2.tdbloader --loader=sequential"
        }) {
            assertTrue(
                    Pattern.compile("(?m)^" + Pattern.quote(stage) + " +\\d+\\.\\d +\\d+\\.\\d")
                            .matcher(out)
                            .find(),
                    "a timed row for " + stage + ": " + out);
        }
        for (String stage : new String[] {"convert", "riot", "load (a new store)"}) {
            assertTrue(
                    Pattern.compile("(?m)^" + Pattern.quote(stage) + " .* \\d+\\.\\d–\\d+\\.\\d$")
                            .matcher(out)
                            .find(),
                    "the spread of two runs for " + stage + ": " + out);
        }
        assertTrue(out.contains("run in turn 2 times (medians"), out);
        assertTrue(out.indexOf("catalogue of 30 ") < out.indexOf("catalogue of 60 "), "smallest first: " + out);
        assertTrue(
                Pattern.compile("conversion \\d+\\.\\d\\d× riot's parse rate")
                        .matcher(out)
                        .find(),
                out);
        assertTrue(
                Pattern.compile("load \\d+\\.\\d\\d× tdb2.tdbloader")
                        .matcher(out)
                        .find(),
                out);
        assertTrue(out.contains("from 30 to 60 articles: conversion time per article ×"), out);
        assertTrue(out.contains("dereferencing 2 articles of "), out);
        assertTrue(out.contains("DESCRIBE"), out);
        try (Stream<Path> files = Files.walk(work)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".nq")), "the N-Quads files are removed");
        }
        assertTrue(Files.isDirectory(work.resolve("60/store")), "the largest store is kept in --work");
        assertFalse(Files.exists(work.resolve("30/store")), "smaller stores are removed");
    }
}
