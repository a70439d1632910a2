package org.scholarlod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.Affiliation;

class AffiliationParserTest {
    @Test
    void parse_gluedPartsWithCommaInsideUnit() {
        Affiliation a = AffiliationParser.parse(
                1,
                "Department of Sociology, Center for Globalization, Governance and "
                        + "CompetivenessDuke UniversityDurhamUSA");
        assertEquals(
                List.of("Department of Sociology", "Center for Globalization, Governance and Competiveness"),
                a.units());
        assertEquals("Duke University", a.institution());
        assertEquals("Durham", a.city());
        assertEquals("USA", a.country());
    }

    @Test
    void parse_gluedMultiWordCountry() {
        Affiliation a = AffiliationParser.parse(2, "School of BusinessHanyang UniversitySeoulSouth Korea");
        assertEquals(List.of("School of Business"), a.units());
        assertEquals("Hanyang University", a.institution());
        assertEquals("Seoul", a.city());
        assertEquals("South Korea", a.country());
    }

    @Test
    void parse_commaSeparatedWithRegion() {
        Affiliation a = AffiliationParser.parse(1, "Department of Physics, McGill University, Montreal, QC, Canada");
        assertEquals(List.of("Department of Physics"), a.units());
        assertEquals("McGill University", a.institution());
        assertEquals("Montreal", a.city());
        assertEquals("QC", a.region());
        assertEquals("Canada", a.country());
    }

    @Test
    void parse_institutionOnly() {
        Affiliation a = AffiliationParser.parse(3, "World Bank");
        assertEquals("World Bank", a.institution());
        assertEquals(List.of(), a.units());
        assertNull(a.city());
    }

    @Test
    void parts_doesNotSplitShortPrefixes() {
        assertEquals(List.of("McGill University", "Montreal"), AffiliationParser.parts("McGill UniversityMontreal"));
    }
}
