package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.jena.riot.RDFLanguages;
import org.junit.jupiter.api.Test;

/** The format registry: Jena's media types for the RDF syntaxes, and the W3C's format IRIs. */
class RepresentationTest {
    @Test
    void rdf_mediaTypesAreJenasOwn() {
        for (Representation format : Representation.rdf()) {
            assertEquals(format.lang, RDFLanguages.contentTypeToLang(format.mediaType), format.name());
        }
    }

    @Test
    void formatIri_isTheW3csNameOrNone() {
        assertEquals(
                List.of(
                        "http://www.w3.org/ns/formats/Turtle",
                        "http://www.w3.org/ns/formats/JSON-LD",
                        "http://www.w3.org/ns/formats/RDF_XML",
                        "http://www.w3.org/ns/formats/N-Triples",
                        "http://www.w3.org/ns/formats/TriG"),
                Representation.rdf().stream().map(r -> r.formatIri).toList());
        assertNull(Representation.HTML.formatIri);
        assertNull(Representation.BIBTEX.formatIri);
    }
}
