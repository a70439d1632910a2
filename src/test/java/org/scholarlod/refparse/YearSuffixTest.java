package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class YearSuffixTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void settle_aLetterTouchingTheYearIsTheYearsNotTheTitles() {
        CitedWork work = parser.parse("Penev L, Kress WJ, Knapp S, Li D-Z, Renner S (2010a) Fast, linked, and open – "
                + "the future of taxonomic publishing for plants: launching the journal PhytoKeys. PhytoKeys 1: 1-14.");
        assertEquals("2010", work.issued());
        assertEquals("a", work.yearSuffix());
        assertTrue(work.title().startsWith("Fast, linked, and open"), work.title());
    }
}
