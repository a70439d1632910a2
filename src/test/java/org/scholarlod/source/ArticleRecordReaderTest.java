package org.scholarlod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.Article;

class ArticleRecordReaderTest {
    private final ArticleRecordReader reader = new ArticleRecordReader();

    private String error(String json) {
        return assertThrows(InputException.class, () -> reader.read("a.json", json)).getMessage();
    }

    @Test
    void read_fullRecord() {
        Article a = reader.read("a.json", """
                {"doi": "10.1000/xyz", "title": "T", "volume": 7, "pages": "1-9", "issued": "2020-05-01",
                 "authors": [{"given": "Ada", "family": "Lovelace", "orcid": "0000-0002-1825-0097", "affiliations": [1]}],
                 "affiliations": [{"number": 1, "institution": "University of London", "city": "London"}]}
                """).article();
        assertEquals("7", a.volume());
        assertEquals("9", a.pages().last());
        assertEquals("Ada Lovelace", a.authors().get(0).name());
        assertEquals(List.of(1), a.authors().get(0).affiliations());
        assertEquals("London", a.affiliations().get(0).city());
    }

    @Test
    void read_unknownFieldNamesPlace() {
        assertEquals("a.json: line 2, column 3: unknown field 'famly' in 'authors[0]' (known: affiliations, family, "
                + "given, orcid)", error("{\"authors\": [\n {\"famly\": \"X\"}]}"));
    }

    @Test
    void read_wrongTypeNamesField() {
        assertEquals("a.json: line 1, column 2: field 'authors': expected a list", error("{\"authors\": \"Gereffi\"}"));
        assertEquals("a.json: line 1, column 15: field 'authors[0].affiliations': expected a list",
                error("{\"authors\": [{\"affiliations\": {}}]}"));
    }

    @Test
    void read_invalidValueNamesFieldAndValue() {
        assertEquals("a.json: doi 'doi:10.1/x' is not a DOI (10.NNNN/…)", error("{\"doi\": \"doi:10.1/x\"}"));
        assertEquals("a.json: author Lee orcid '0000-0002' is not an ORCID iD (NNNN-NNNN-NNNN-NNNC)",
                error("{\"authors\": [{\"family\": \"Lee\", \"orcid\": \"0000-0002\"}]}"));
    }

    @Test
    void read_notJson() {
        assertEquals("a.json: line 1, column 10: not valid JSON: Unexpected end-of-input: expected close marker for "
                + "Object", error("{\"doi\": 1"));
    }
}
