package org.scholarlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUriTest {
    @Test
    void of_addsTheFinalSlash() {
        assertEquals(
                "https://data.example.org/lod/",
                BaseUri.of(" https://data.example.org/lod ").value());
        assertEquals(new BaseUri("http://localhost:3030/"), BaseUri.of("http://localhost:3030/"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://example.org/",
                "example.org/",
                "/relative/",
                "http:///nohost/",
                "http://x/?q=1/",
                "http://x/#frag/",
                "http://x/a b/"
            })
    void new_refusesWhatCannotBeABaseNamingIt(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BaseUri(value));
        assertTrue(e.getMessage().startsWith("base URI '" + value + "'"), e.getMessage());
    }

    @Test
    void new_refusesAMissingSlashAndNull() {
        assertThrows(IllegalArgumentException.class, () -> new BaseUri("http://example.org/lod"));
        assertThrows(IllegalArgumentException.class, () -> new BaseUri(null));
        assertThrows(IllegalArgumentException.class, () -> BaseUri.of(null));
        assertEquals(
                "base URI 'http://x/?a' must be an absolute http(s) URI ending in '/', with no query or fragment",
                assertThrows(IllegalArgumentException.class, () -> BaseUri.of("http://x/?a"))
                        .getMessage());
    }

    @Test
    void resolveAndPath_areInverse() {
        BaseUri base = BaseUri.of("https://example.org/lod");
        String uri = base.resolve("id/person/gary-gereffi");
        assertEquals("https://example.org/lod/id/person/gary-gereffi", uri);
        assertTrue(base.contains(uri));
        assertEquals("id/person/gary-gereffi", base.path(uri));
        assertFalse(base.contains("https://example.org/other/id/x"));
        assertThrows(IllegalArgumentException.class, () -> base.path("https://example.org/other/id/x"));
    }
}
