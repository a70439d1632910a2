package org.scholarlod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.Author;

class AuthorNamesTest {
    @Test
    void parse_numbersOrcidAndParticles() {
        List<Author> authors = AuthorNames.parse(
                "Maria Rossi  ORCID: orcid.org/0000-0002-1825-0097 1, Jan de Vries2 & Akira Tanaka1,3 ");
        assertEquals(3, authors.size());
        assertEquals(new Author("Maria", "Rossi", "0000-0002-1825-0097", List.of(1)), authors.get(0));
        assertEquals(new Author("Jan", "de Vries", null, List.of(2)), authors.get(1));
        assertEquals(List.of(1, 3), authors.get(2).affiliations());
    }

    @Test
    void parse_emailAuthorBadge() {
        assertEquals(
                List.of(new Author("Gary", "Gereffi", null, List.of())), AuthorNames.parse("Gary GereffiEmail author"));
    }

    @Test
    void parse_notNames() {
        assertEquals(List.of(), AuthorNames.parse("School of Business, Hanyang University, Seoul, South Korea"));
        assertEquals(List.of(), AuthorNames.parse("Corporate social responsibility and governance in football"));
        assertEquals(List.of(), AuthorNames.parse("2143 Accesses"));
    }
}
