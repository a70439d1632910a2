package org.scholarlod.pipeline;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.ArticleMapper;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.UriMinter;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.source.InputException;
import org.scholarlod.source.Reading;
import org.scholarlod.source.catalogue.CatalogueWalker;
import org.scholarlod.source.catalogue.InputRecord;

/**
 * A seeded property test of every reader, the way a user's file reaches them (the catalogue walker sniffs the
 * kind): real fixtures of each kind (landing pages of every layout, JSON records, Crossref works and lists, JATS
 * articles) mutated by byte flips, cuts, repeats, splices and inserted awkward text. Whatever comes in, reading
 * either refuses it with an input error or gives an article whose graph Jena writes and reads back as N-Triples
 * and Turtle; nothing else is thrown and nothing hangs. {@code -Dscholarlod.fuzzSeed=N} runs another seed;
 * a failure names the seed, the fixture and the round.
 */
class ReaderFuzzTest {
    private static final long SEED = Long.getLong("scholarlod.fuzzSeed", 20261205L);
    private static final int ROUNDS = Integer.getInteger("scholarlod.fuzzRounds", 40);
    private static final Duration BUDGET = Duration.ofSeconds(90);
    private static final byte[][] AWKWARD = {
        "\u0000".getBytes(StandardCharsets.UTF_8),
        "\u001b[31m".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xC3},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xFF, (byte) 0xFE},
        "\uFEFF".getBytes(StandardCharsets.UTF_8),
        "\u202E".getBytes(StandardCharsets.UTF_8),
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ".getBytes(StandardCharsets.UTF_8),
        "<\"&'>".getBytes(StandardCharsets.UTF_8),
        "\\u0000\\ud800\"".getBytes(StandardCharsets.UTF_8),
        "]]>".getBytes(StandardCharsets.UTF_8),
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>".getBytes(StandardCharsets.UTF_8),
        "{\"DOI\": [1, {}], \"author\": \"x\"}".getBytes(StandardCharsets.UTF_8),
        "\n\n\n\n".getBytes(StandardCharsets.UTF_8),
        "doi:10.".getBytes(StandardCharsets.UTF_8),
        "(((((((((((((((((((((((((((((((((((((((((".getBytes(StandardCharsets.UTF_8),
        "1999–2024 pp. 1–1000000000000000000000".getBytes(StandardCharsets.UTF_8),
    };

    private int articles;
    private int refused;
    private final ArticleMapper mapper = new ArticleMapper(new UriMinter(new BaseUri("http://example.org/")));
    private final ReferenceParser references = new ReferenceParser();

    @Test
    void read_mutatedInputsOfEveryKind(@TempDir Path dir) throws Exception {
        List<Path> fixtures = fixtures();
        Random random = new Random(SEED);
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int rounds = 0;
        for (int round = 0; round < ROUNDS && System.nanoTime() < deadline; round++) {
            for (Path fixture : fixtures) {
                byte[] original = Files.readAllBytes(fixture);
                byte[] donor = Files.readAllBytes(fixtures.get(random.nextInt(fixtures.size())));
                byte[] mutated = mutate(original, donor, random);
                Path input = dir.resolve(round + "-" + fixture.getFileName());
                Files.write(input, mutated);
                String where = "seed " + SEED + ", round " + round + ", " + fixture;
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(input, where), where + ": a hang");
                Files.delete(input);
                rounds++;
            }
        }
        System.out.printf(
                "ReaderFuzzTest: %d mutated inputs from %d fixtures, seed %d: %d articles read, %d records "
                        + "refused%n",
                rounds, fixtures.size(), SEED, articles, refused);
        if (articles < rounds / 6) {
            fail("only " + articles + " of " + rounds + " mutated inputs were read as articles: the mutations break "
                    + "too much for the test to reach the readers' rules");
        }
    }

    private void check(Path input, String where) {
        List<InputRecord> records = new ArrayList<>();
        try {
            new CatalogueWalker().walk(List.of(input.toString()), System.in, records::add);
        } catch (InputException expected) {
            refused++;
            return;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(where + ": the walker threw " + e, e);
        }
        for (InputRecord record : records) {
            ArticleGraph graph;
            try {
                Reading reading = record.read();
                graph = mapper.map(references.parseReferences(reading.article()));
            } catch (InputException | IllegalArgumentException e) {
                // An input error with its message, or a model field refused naming itself: both reported per record.
                refused++;
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(where + ", " + record.label() + ": reading threw " + e, e);
            }
            articles++;
            roundTrip(graph.graph(), Lang.NTRIPLES, where);
            roundTrip(graph.graph(), Lang.TURTLE, where);
        }
    }

    private static void roundTrip(Graph graph, Lang lang, String where) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, lang);
        Graph back = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new java.io.ByteArrayInputStream(out.toByteArray()))
                    .lang(lang)
                    .strict(true)
                    .parse(back);
        } catch (RuntimeException e) {
            fail(where + ": the graph written as " + lang.getName() + " does not parse: " + e.getMessage());
        }
        if (back.size() != graph.size()) {
            fail(where + ": " + lang.getName() + " kept " + back.size() + " of " + graph.size() + " triples");
        }
    }

    /** One to four mutations of the fixture, some with material from another fixture. */
    private static byte[] mutate(byte[] bytes, byte[] donor, Random random) {
        byte[] result = bytes;
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            int at = result.length == 0 ? 0 : random.nextInt(result.length);
            result = switch (random.nextInt(6)) {
                case 0 -> flip(result, random);
                case 1 -> splice(result, at, Math.min(result.length, at + random.nextInt(200)), new byte[0]);
                case 2 -> splice(result, at, at, slice(result, random));
                case 3 -> splice(result, at, at, slice(donor, random));
                case 4 -> splice(result, at, at, AWKWARD[random.nextInt(AWKWARD.length)]);
                default -> splice(result, at, result.length, new byte[0]);
            };
        }
        return result;
    }

    private static byte[] flip(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < 1 + random.nextInt(8) && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] slice(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        return java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + 1 + random.nextInt(300)));
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, from);
        out.writeBytes(insert);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    private static List<Path> fixtures() throws IOException {
        List<Path> fixtures = new ArrayList<>();
        for (String folder : List.of("pages", "pages/shapes", "crossref", "jats")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources", folder))) {
                files.filter(f -> f.toString().matches(".*\\.(txt|json|jsonl|xml)$"))
                        .filter(f -> !f.toString().endsWith(".expected.json"))
                        .sorted()
                        .forEach(fixtures::add);
            }
        }
        return fixtures;
    }
}
