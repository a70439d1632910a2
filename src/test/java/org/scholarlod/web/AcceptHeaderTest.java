package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptHeaderTest {
    private final List<Representation> rdf = Representation.offers(false);
    private final List<Representation> work = Representation.offers(true);

    @Test
    void choose_exactTypes() {
        assertEquals(Representation.TURTLE, AcceptHeader.choose("text/turtle", rdf));
        assertEquals(Representation.BIBTEX, AcceptHeader.choose("application/x-bibtex", work));
        assertNull(AcceptHeader.choose("application/x-bibtex", rdf));
    }

    @Test
    void choose_qualityValues() {
        assertEquals(Representation.JSONLD, AcceptHeader.choose("text/turtle;q=0.5, application/ld+json;q=0.9", rdf));
        assertEquals(Representation.TURTLE, AcceptHeader.choose("text/turtle, application/ld+json;q=0.9", rdf));
        assertNull(AcceptHeader.choose("text/turtle;q=0", rdf));
    }

    @Test
    void choose_wildcardsAndBrowsers() {
        assertEquals(
                Representation.HTML,
                AcceptHeader.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", rdf));
        assertEquals(Representation.JSONLD, AcceptHeader.choose("application/*", rdf));
        assertEquals(Representation.HTML, AcceptHeader.choose("*/*", rdf));
        assertEquals(Representation.HTML, AcceptHeader.choose(null, rdf));
        assertEquals(Representation.TURTLE, AcceptHeader.choose("text/*;q=0.1, text/turtle", rdf));
        assertEquals(Representation.NTRIPLES, AcceptHeader.choose("*/*;q=0.1, application/n-triples", rdf));
    }

    @Test
    void choose_specificRangeOverridesWildcard() {
        assertEquals(
                Representation.JSONLD, AcceptHeader.choose("text/*;q=0.9, text/html;q=0, application/ld+json", rdf));
        assertNull(AcceptHeader.choose("image/png, image/*", rdf));
    }

    @Test
    void choose_headerWithoutAMediaRange_takesTheFirstOffer() {
        List<Representation> offers = List.of(Representation.values());
        for (String accept : new String[] {";", ";;;,,,", ","}) {
            assertEquals(offers.get(0), AcceptHeader.choose(accept, offers), accept);
        }
        assertEquals(0.0, AcceptHeader.quality(";, ;q=1", "text/turtle"));
    }

    @Test
    void parameters_ofTheRangeThatDecides() {
        assertEquals(
                java.util.Map.of("style", "ieee", "locale", "de-DE"),
                AcceptHeader.parameters(
                        "text/html;q=0.9, text/x-bibliography; style=ieee; locale=\"de-DE\"; q=0.8, */*;q=0.1",
                        "text/x-bibliography"));
        assertEquals(java.util.Map.of(), AcceptHeader.parameters("text/*;q=0.5", "text/x-bibliography"));
        assertEquals(java.util.Map.of(), AcceptHeader.parameters(null, "text/x-bibliography"));
        assertEquals(java.util.Map.of(), AcceptHeader.parameters(";;=,", "text/x-bibliography"));
    }
}
