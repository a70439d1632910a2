package org.scholarlod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scholarlod.model.Article;
import org.scholarlod.model.Author;
import org.scholarlod.model.Book;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.Reference;

/**
 * Every page shape in {@code src/test/resources/pages/shapes}: each {@code NAME.txt} is read and every fact is
 * compared with {@code NAME.expected.json}, where a missing or null field means "nothing may be read here",
 * so a value the page does not state fails the test as surely as a value read wrong.
 */
class PageShapesTest {
    private static final Path SHAPES = Path.of("src/test/resources/pages/shapes");
    private static final Path NOT_PAGES = Path.of("src/test/resources/pages/not-pages");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LandingPageReader reader = new LandingPageReader();

    static Stream<String> shapes() throws IOException {
        try (Stream<Path> files = Files.list(SHAPES)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    static Stream<String> notPages() throws IOException {
        try (Stream<Path> files = Files.list(NOT_PAGES)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void read_pageShape(String name) throws IOException {
        String text = Files.readString(SHAPES.resolve(name + ".txt"), StandardCharsets.UTF_8);
        JsonNode expected =
                JSON.readTree(SHAPES.resolve(name + ".expected.json").toFile());
        Reading reading = reader.read(name + ".txt", text);
        Article a = reading.article();

        assertEquals(text(expected, "type"), a.type().csl(), "type");
        assertEquals(text(expected, "title"), a.title(), "title");
        assertEquals(
                text(expected, "journal"),
                a.journal() == null ? null : a.journal().title(),
                "journal");
        assertEquals(text(expected, "volume"), a.volume(), "volume");
        assertEquals(text(expected, "issue"), a.issue(), "issue");
        assertEquals(
                text(expected, "pages"),
                a.pages() == null
                        ? null
                        : a.pages().first()
                                + (a.pages().last() == null
                                        ? ""
                                        : "-" + a.pages().last()),
                "pages");
        assertEquals(text(expected, "issued"), a.issued(), "issued");
        assertEquals(text(expected, "doi"), a.doi(), "doi");
        assertEquals(authors(expected.path("authors")), authors(a.authors()), "authors");
        assertEquals(
                strings(expected.path("affiliations")),
                a.affiliations().stream().map(f -> f.institution()).toList(),
                "affiliation institutions");
        assertEquals(text(expected, "abstract"), a.abstractText(), "abstract");
        assertEquals(strings(expected.path("keywords")), a.keywords(), "keywords");
        references(expected.path("references"), a.references());
        JsonNode copyright = expected.path("copyright");
        assertEquals(
                copyright.isObject() ? copyright.path("holder").asText(null) : null,
                a.copyright() == null ? null : a.copyright().holder(),
                "copyright holder");
        assertEquals(
                copyright.isObject() ? copyright.path("year").asText(null) : null,
                a.copyright() == null ? null : a.copyright().year(),
                "copyright year");
        assertEquals(
                strings(expected.path("fundings")),
                a.fundings().stream()
                        .map(f -> f.funder() + (f.grantNumber() == null ? "" : " | " + f.grantNumber()))
                        .toList(),
                "fundings");
        assertEquals(text(expected, "acknowledgement"), a.acknowledgement(), "acknowledgement");
        book(expected.path("book"), a.book());
        warnings(name + ".txt", strings(expected.path("warnings")), reading.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notPages")
    void read_textThatIsNotALandingPage_isRefused(String name) throws IOException {
        String text = Files.readString(NOT_PAGES.resolve(name), StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> reader.read(name, text));
        assertTrue(e.getMessage().startsWith(name + ": not a Springer Link landing page"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    private static void references(JsonNode expected, List<Reference> references) {
        assertEquals(expected.path("count").asInt(0), references.size(), "number of references");
        if (references.isEmpty()) {
            return;
        }
        assertEquals(expected.path("first").asText(), references.get(0).text(), "first reference");
        assertEquals(
                expected.path("last").asText(),
                references.get(references.size() - 1).text(),
                "last reference");
        List<Integer> numbers = new ArrayList<>();
        expected.path("numbers").forEach(n -> numbers.add(n.asInt()));
        assertEquals(numbers, references.stream().map(Reference::number).toList(), "reference numbers");
    }

    private static void book(JsonNode expected, Book book) {
        if (!expected.isObject()) {
            assertEquals(null, book, "book");
            return;
        }
        assertNotNull(book, "book");
        assertEquals(text(expected, "title"), book.title(), "book title");
        assertEquals(
                strings(expected.path("editors")),
                book.editors().stream().map(PageShapesTest::name).toList(),
                "book editors");
        assertEquals(text(expected, "series"), book.series(), "book series");
        assertEquals(text(expected, "seriesVolume"), book.seriesVolume(), "book series volume");
        assertEquals(strings(expected.path("isbns")), book.isbns(), "book ISBNs");
        assertEquals(text(expected, "publisher"), book.publisher(), "book publisher");
    }

    /** A "not on the page" warning must match whole; any other expected warning by a fragment of it. */
    private static void warnings(String source, List<String> expected, List<String> actual) {
        for (String fragment : expected) {
            boolean whole = fragment.startsWith("not on the page");
            assertTrue(
                    actual.stream().anyMatch(w -> whole ? w.equals(source + ": " + fragment) : w.contains(fragment)),
                    "a warning " + (whole ? "'" + source + ": " : "containing '") + fragment + "' in " + actual);
        }
        assertEquals(
                expected.stream().anyMatch(f -> f.startsWith("not on the page")),
                actual.stream().anyMatch(w -> w.contains("not on the page")),
                "a 'not on the page' warning " + actual);
        if (expected.isEmpty()) {
            assertEquals(List.of(), actual, "warnings");
        }
    }

    private static String name(PersonName name) {
        return name.isOrganisation()
                ? name.literal()
                : name.family() + (name.given() == null ? "" : ", " + name.given());
    }

    private static List<String> authors(JsonNode expected) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : expected) {
            out.add(a.path("given").asText("") + " | " + a.path("family").asText() + " | "
                    + a.path("orcid").asText("") + " | " + a.path("affiliations"));
        }
        return out;
    }

    private static List<String> authors(List<Author> authors) {
        return authors.stream()
                .map(a -> (a.givenName() == null ? "" : a.givenName()) + " | " + a.familyName() + " | "
                        + (a.orcid() == null ? "" : a.orcid()) + " | "
                        + a.affiliations().toString().replace(" ", ""))
                .toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
