package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FamilyBeforeJournalTest {
    @Test
    void settle_aWordAfterALastNameOfInitialsIsItsFamilyName() {
        assertEquals(
                "«P.F. Smith and J.D. Lewin|author». «Phys. Rep.|container-title» «187|volume», «203|page»",
                settled("«P.F. Smith and J.D.|author» «Lewin. Phys. Rep.|container-title» «187|volume», «203|page»"));
    }

    @Test
    void settle_aWholeLastNameOrAFamilyFirstListStays() {
        String whole = "«P.F. Smith and J.D. Lewin.|author» «Phys. Rep.|container-title» «187|volume»";
        assertEquals(whole, settled(whole));
        String familyFirst = "«Smith, P.F. and Lewin, J.D.|author» «Phys. Rep.|container-title» «187|volume»";
        assertEquals(familyFirst, settled(familyFirst), "family first, initials end a whole name");
        String acronym = "«P.F. Smith and J.D.|author» «JHEP 12|container-title» «187|volume»";
        assertEquals(acronym, settled(acronym), "a journal's acronym with no stop is no family name");
    }

    private static String settled(String marked) {
        return MarkedText.after(marked, FamilyBeforeJournal::settle);
    }
}
