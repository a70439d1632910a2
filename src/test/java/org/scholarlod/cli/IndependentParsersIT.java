package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarlod.testing.RequiredTool;

/**
 * Our RDF read back by parsers that share no code with Jena: Raptor's rapper and Python's rdflib (Debian's
 * raptor2-utils and python3-rdflib, which .ci/run installs). Without them the tests are skipped, except in CI.
 */
class IndependentParsersIT {
    @TempDir
    static Path dir;

    private static long jenaCount;

    @BeforeAll
    static void convert() {
        CommandRun run = CommandRun.of("convert", ConvertCommandIT.SEED, "--format", "ntriples");
        assertEquals(0, run.code(), run.err());
        jenaCount = run.out().lines().filter(l -> !l.isBlank()).count();
    }

    private static Path write(String format, String extension) throws IOException {
        Path file = dir.resolve("seed." + extension);
        CommandRun run = CommandRun.of("convert", ConvertCommandIT.SEED, "--format", format, "-o", file.toString());
        assertEquals(0, run.code(), run.err());
        return file;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
        return output;
    }

    private static void requireTool(String path) {
        (path.contains("rapper") ? RequiredTool.RAPPER : RequiredTool.RDFLIB).require();
    }

    @ParameterizedTest
    @CsvSource({"turtle, ttl, turtle", "rdfxml, rdf, rdfxml", "ntriples, nt, ntriples"})
    void rapper_countsTheSameTriples(String format, String extension, String rapperSyntax) throws Exception {
        requireTool("/usr/bin/rapper");
        Path file = write(format, extension);
        String output = run("/usr/bin/rapper", "--count", "--input", rapperSyntax, file.toString());
        assertEquals(jenaCount, Long.parseLong(output.replaceAll("(?s).*returned (\\d+) triples.*", "$1")), output);
    }

    @ParameterizedTest
    @CsvSource({"jsonld, jsonld, json-ld", "turtle, ttl, turtle", "trig, trig, trig"})
    void rdflib_countsTheSameTriples(String format, String extension, String rdflibFormat) throws Exception {
        requireTool("/usr/bin/python3");
        run("/usr/bin/python3", "-c", "import rdflib");
        Path file = write(format, extension);
        String script = "import rdflib,sys\n"
                + "g = rdflib.Dataset() if sys.argv[2] == 'trig' else rdflib.Graph()\n"
                + "g.parse(sys.argv[1], format=sys.argv[2])\n"
                + "link = rdflib.URIRef('https://w3id.org/scholarlod/ns#sharedPart')\n"
                // TriG keeps the stored layout: the triples of N-Triples, plus the links to the shared parts.
                + "print(len({q[:3] for q in g.quads((None, None, None, None)) if q[1] != link})"
                + " if sys.argv[2] == 'trig' else len(g))\n";
        String output = run("/usr/bin/python3", "-c", script, file.toString(), rdflibFormat);
        assertEquals(
                jenaCount,
                Long.parseLong(output.strip().lines().reduce((a, b) -> b).orElse("")),
                output);
    }
}
