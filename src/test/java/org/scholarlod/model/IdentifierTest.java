package org.scholarlod.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "DOI, https://doi.org/10.1007/S10551-014-2373-7, 10.1007/s10551-014-2373-7",
        "DOI, doi: 10.1016/J.RESPOL.2011.01.002, 10.1016/j.respol.2011.01.002",
        "ORCID, https://orcid.org/0000-0002-1825-0097, 0000-0002-1825-0097",
        "ORCID, 0000-0002-1694-233x, 0000-0002-1694-233X",
        "ROR, https://ror.org/00py81415, 00py81415",
        "ROR, 02kvxyf05, 02kvxyf05",
        "ROR, 04bwf3e34, 04bwf3e34",
        "ROR, 00rbjv475, 00rbjv475",
        "ISSN, 0167-4544, 0167-4544",
        "ISSN, 1573-0697, 1573-0697",
        "ISBN, 978-0-19-953556-9, 9780199535569",
        "ISBN, 0-19-853453-1, 0198534531",
        "PMID, PMID: 12345678, 12345678",
        "ARXIV, arXiv:2101.00001v2, 2101.00001v2",
        "WIKIDATA, http://www.wikidata.org/entity/Q42, Q42",
        "WIKIDATA, https://www.wikidata.org/wiki/q1000, Q1000",
        "CROSSREF_FUNDER, https://doi.org/10.13039/501100002550, 501100002550",
        "CROSSREF_FUNDER, 100000001, 100000001"
    })
    void of_normalises(IdentifierScheme scheme, String raw, String normal) {
        assertEquals(normal, Identifier.of(scheme, "field", raw).value());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "ORCID, 0000-0002-1825-0098, ORCID checksum fails (the last character should be 7, not 8)",
        "ISSN, 0167-4545, ISSN check digit fails (the last character should be 4, not 5)",
        "ISBN, 978-0-19-953556-8, ISBN-13 check digit fails",
        "ROR, 00py81416, ROR checksum fails",
        "DOI, 11.1007/x, is not a DOI",
        "WIKIDATA, P50, is not a Wikidata item"
    })
    void of_refusesMalformedNamingFieldAndValue(IdentifierScheme scheme, String raw, String problem) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Identifier.of(scheme, "authors[1].orcid", raw));
        assertTrue(e.getMessage().startsWith("authors[1].orcid '" + raw + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "DOI, 10.1007/s10551-014-2373-7, https://doi.org/10.1007/s10551-014-2373-7",
        "ORCID, 0000-0002-1825-0097, https://orcid.org/0000-0002-1825-0097",
        "WIKIDATA, Q42, http://www.wikidata.org/entity/Q42",
        "CROSSREF_FUNDER, 501100002550, https://doi.org/10.13039/501100002550"
    })
    void uri_isCanonical(IdentifierScheme scheme, String value, String uri) {
        assertEquals(uri, new Identifier(scheme, value).uri());
    }
}
