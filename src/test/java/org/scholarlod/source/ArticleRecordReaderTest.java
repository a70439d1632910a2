package org.scholarlod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.Article;

class ArticleRecordReaderTest {
    private final ArticleRecordReader reader = new ArticleRecordReader();

    private String error(String json) {
        return assertThrows(InputException.class, () -> reader.read("a.json", json))
                .getMessage();
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
        assertEquals(
                "a.json: line 2, column 3: unknown field 'famly' in 'authors[0]' (known: affiliations, family, "
                        + "given, orcid, wikidata)",
                error("{\"authors\": [\n {\"famly\": \"X\"}]}"));
    }

    @Test
    void read_wrongTypeNamesField() {
        assertEquals("a.json: line 1, column 2: field 'authors': expected a list", error("{\"authors\": \"Gereffi\"}"));
        assertEquals(
                "a.json: line 1, column 15: field 'authors[0].affiliations': expected a list",
                error("{\"authors\": [{\"affiliations\": {}}]}"));
    }

    @Test
    void read_invalidValueNamesFieldAndValue() {
        assertEquals("a.json: doi 'doi:10.1/x' is not a DOI (10.NNNN/…)", error("{\"doi\": \"doi:10.1/x\"}"));
        assertEquals(
                "a.json: authors[0].orcid '0000-0002' is not an ORCID iD (NNNN-NNNN-NNNN-NNNC)",
                error("{\"authors\": [{\"family\": \"Lee\", \"orcid\": \"0000-0002\"}]}"));
    }

    @Test
    void read_identifiersAreNormalised() {
        Article a = reader.read("a.json", """
                {"doi": "https://doi.org/10.1000/XYZ", "pmid": "PMID: 123", "arxiv": "arXiv:2101.00001", "wikidata": "Q42",
                 "journal": {"title": "J", "issn": ["0167-4544"]},
                 "authors": [{"family": "Lovelace", "orcid": "https://orcid.org/0000-0002-1694-233x", "wikidata": "Q7259"}],
                 "affiliations": [{"institution": "Duke University", "ror": "https://ror.org/00py81415"}],
                 "funding": [{"funder": "National Science Foundation", "grant": "SES-1", "crossrefFunderId": "10.13039/100000001"}]}
                """).article();
        assertEquals("10.1000/xyz", a.doi());
        assertEquals(
                List.of("pmid 123", "arxiv 2101.00001", "wikidata Q42"),
                a.identifiers().stream()
                        .map(i -> i.scheme().datacite + " " + i.value())
                        .toList());
        assertEquals("0000-0002-1694-233X", a.authors().get(0).orcid());
        assertEquals(
                "http://www.wikidata.org/entity/Q7259",
                a.authors().get(0).identifiers().get(0).uri());
        assertEquals(
                "https://ror.org/00py81415",
                a.affiliations().get(0).identifiers().get(0).uri());
        assertEquals(
                "https://doi.org/10.13039/100000001",
                a.fundings().get(0).funderIds().get(0).uri());
    }

    @Test
    void read_badCheckDigitsNameFieldAndValue() {
        assertEquals(
                "a.json: authors[1].orcid '0000-0002-1825-0098': ORCID checksum fails (the last character should "
                        + "be 7, not 8)",
                error("{\"authors\": [{\"family\": \"A\"}, {\"family\": \"B\", "
                        + "\"orcid\": \"0000-0002-1825-0098\"}]}"));
        assertEquals(
                "a.json: journal.issn '0167-4545': ISSN check digit fails (the last character should be 4, not 5)",
                error("{\"journal\": {\"title\": \"J\", \"issn\": [\"0167-4545\"]}}"));
        assertEquals(
                "a.json: affiliations[0].ror '00py81416': ROR checksum fails (the last two digits should be 15, "
                        + "not 16)",
                error("{\"affiliations\": [{\"institution\": \"Duke\", \"ror\": \"00py81416\"}]}"));
    }

    @Test
    void read_notJson() {
        assertEquals(
                "a.json: line 1, column 10: not valid JSON: Unexpected end-of-input: expected close marker for "
                        + "Object",
                error("{\"doi\": 1"));
    }

    @Test
    void read_errorCarriesItsLineAndColumnAsNumbers() {
        InputException e = assertThrows(InputException.class, () -> reader.read("a.json", "{\n  \"doi\": 1"));
        assertEquals(java.util.Optional.of(new TextPosition(2, 11)), e.position());
        assertEquals("line 2, column 11", e.location());
    }
}
