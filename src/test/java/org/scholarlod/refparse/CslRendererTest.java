package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.PersonName;

/** Rendering known references in CSL styles, and knowing which field each character came from. */
class CslRendererTest {
    private static final KnownReference ARTICLE = new KnownReference(
            "article-journal",
            List.of(
                    PersonName.person("Berners-Lee", "Tim"),
                    PersonName.person("Hendler", "James A."),
                    PersonName.person("Lassila", "Ora")),
            List.of(),
            Map.of(
                    "title", "The semantic web",
                    "container-title", "Scientific American",
                    "volume", "284",
                    "issue", "5",
                    "page", "34-43",
                    "issued", "2001"));

    private final CslRenderer renderer = new CslRenderer();

    @Test
    void render_familyFirstStyleMarksEveryField() {
        CslRenderer.Rendering lncs = renderer.render(ARTICLE, "springer-lecture-notes-in-computer-science")
                .orElseThrow();
        assertEquals(
                "1. Berners-Lee, T., Hendler, J.A., Lassila, O.: The semantic web. Scientific American. 284, 34–43 (2001).",
                lncs.text());
        assertEquals(
                Map.of(
                        "author", "Berners-Lee, T., Hendler, J.A., Lassila, O.",
                        "title", "The semantic web",
                        "container-title", "Scientific American",
                        "volume", "284",
                        "page", "34–43",
                        "issued", "2001"),
                fields(lncs));
        assertEquals(
                ARTICLE.authors().stream().map(PersonName::family).toList(),
                lncs.shown().authors().stream().map(PersonName::family).toList());
    }

    @Test
    void render_givenFirstStyleTakesTheInitialsBeforeTheFirstName() {
        CslRenderer.Rendering ieee = renderer.render(ARTICLE, "ieee").orElseThrow();
        assertEquals(
                "T. Berners-Lee, J. A. Hendler, and O. Lassila", fields(ieee).get("author"));
        assertEquals("5", fields(ieee).get("issue"));
    }

    @Test
    void render_styleThatStopsAtEtAlShowsOnlyTheNamesItKept() {
        CslRenderer.Rendering vancouver =
                renderer.render(withAuthors(8), "nlm-citation-sequence").orElseThrow();
        assertTrue(fields(vancouver).get("author").endsWith("et al."), vancouver.text());
        assertEquals(6, vancouver.shown().authors().size());
    }

    @Test
    void render_unknownStyleGivesNothing() {
        assertTrue(renderer.render(ARTICLE, "no-such-style").isEmpty());
    }

    @Test
    void knownReference_refusesFieldsItCannotHold() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new KnownReference("book", List.of(), List.of(), Map.of("issued", "May 2001")));
        assertEquals("reference.issued is not a year: 'May 2001'", e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> new KnownReference("book", List.of(), List.of(), Map.of("abstract", "x")));
        assertEquals("reference.fields has an unknown field 'abstract'", e.getMessage());
    }

    private static KnownReference withAuthors(int count) {
        List<PersonName> authors = java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> PersonName.person("Author" + (char) ('a' + i), "Given"))
                .toList();
        return new KnownReference(ARTICLE.type(), authors, List.of(), ARTICLE.fields());
    }

    private static Map<String, String> fields(CslRenderer.Rendering rendering) {
        return rendering.segments().stream()
                .filter(s -> !s.label().equals("other"))
                .collect(Collectors.toMap(TeiCorpus.Segment::label, TeiCorpus.Segment::text, (a, b) -> a + b));
    }
}
