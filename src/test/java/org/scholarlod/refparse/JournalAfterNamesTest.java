package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PersonName;

class JournalAfterNamesTest {
    @Test
    void settle_wordsBetweenTheLastSemicolonAndTheYearAreTheJournals() {
        assertEquals(
                "«Lacerda, V.|author»; «Curr. Org. Synth.|container-title» «2015|issued», «12|volume», «570|page».",
                MarkedText.after(
                        "«Lacerda, V.; Curr. Org. Synth.|author» «2015|issued», «12|volume», «570|page».",
                        JournalAfterNames::settle));
        CitedWork article =
                new ReferenceParser().parse("Costa, M. R.; Omori, A. T.; Food Technol. Biotechnol. 2017, 55, 231.");
        assertEquals(
                List.of(PersonName.person("Costa", "M. R."), PersonName.person("Omori", "A. T.")), article.authors());
        assertEquals("Food Technol. Biotechnol", article.containerTitle());
    }

    @Test
    void settle_aReferenceWithATitleOrAFamilyNameAfterTheSemicolonStays() {
        String titled = "«Smith, J.|author»; «A title|title». «Nature|container-title» «2001|issued», «12|volume».";
        assertEquals(titled, MarkedText.after(titled, JournalAfterNames::settle));
        String named = "«Smith, J.; Doe, K.|author» «2001|issued», «12|volume».";
        assertEquals(named, MarkedText.after(named, JournalAfterNames::settle));
    }
}
