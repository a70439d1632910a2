package org.scholarlod.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {
    private static String error(Runnable construction) {
        return assertThrows(IllegalArgumentException.class, construction::run).getMessage();
    }

    @Test
    void constructor_messagesNameFieldAndValue() {
        assertEquals(
                "issued '16 March 2016' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                error(() -> Article.builder().issued("16 March 2016").build()));
        assertEquals(
                "title must not be blank",
                error(() -> Article.builder().title("  ").build()));
        assertEquals("reference.number 0 is not a positive number", error(() -> new Reference(0, "x")));
        assertEquals(
                "journal.issn '01674544' is not an ISSN (NNNN-NNNC)",
                error(() -> new Journal("J", List.of("01674544"))));
        assertEquals(
                "author Gary Gereffi holds affiliation 3, but the article lists only 2",
                error(() -> Article.builder()
                        .affiliations(List.of(
                                new Affiliation(1, List.of(), "A", null, null, null, null),
                                new Affiliation(2, List.of(), "B", null, null, null, null)))
                        .authors(List.of(new Author("Gary", "Gereffi", null, List.of(3))))
                        .build()));
    }

    @Test
    void fromDisplayName_particlesBelongToFamilyName() {
        assertEquals(
                new Author("Rob", "van Tulder", null, List.of()), Author.fromDisplayName("Rob van Tulder", List.of()));
        assertEquals(new Author(null, "Madonna", null, List.of()), Author.fromDisplayName("Madonna", List.of()));
    }

    @Test
    void pageRange_parseDashes() {
        assertEquals(new PageRange("25", "38"), PageRange.parse("25–38"));
        assertEquals(new PageRange("e101", null), PageRange.parse("e101"));
    }

    @Test
    void pageRange_parseAbbreviatedLastPage() {
        assertEquals(new PageRange("1032", "1039"), PageRange.parse("1032–9"));
        assertEquals(new PageRange("147", "151"), PageRange.parse("147-51"));
        assertEquals(new PageRange("99", "101"), PageRange.parse("99-101"));
        assertEquals(new PageRange("110", "09"), PageRange.parse("110-09"), "not a page after the first");
        assertEquals(new PageRange("e12", "e15"), PageRange.parse("e12-e15"));
        assertEquals(new PageRange("S11", "S18"), PageRange.parse("S11-8"), "the letters go to the last page too");
        assertEquals(new PageRange("S192", "S300"), PageRange.parse("S192-300"));
        assertEquals(new PageRange("e88", "e93"), PageRange.parse("e88-93"));
        assertEquals(new PageRange("S99", "5"), PageRange.parse("S99-5"), "not a page after the first");
    }
}
