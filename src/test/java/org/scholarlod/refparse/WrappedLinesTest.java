package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class WrappedLinesTest {
    /** The text as the parser reads it with no vocabulary: no word known. */
    private static String joined(String text) {
        return WrappedLines.joined(text, word -> false);
    }

    @Test
    void joined_aSyllableBreakLosesItsHyphen() {
        assertEquals(
                "Endoscopic sphincterotomy: long-term results",
                joined("Endo-\nscopic sphincterotomy: long-term results"));
    }

    @Test
    void joined_aCompoundKeepsItsHyphen() {
        assertEquals(
                "Curcuminoids reduce lead-induced memory deficits",
                joined("Curcuminoids reduce lead-\ninduced memory deficits"));
        assertEquals("Neuronal alpha-synuclein in the brain", joined("Neuronal alpha-\nsynuclein in the brain"));
        assertEquals(
                "DSM-IV disorders among non-Hispanic Whites", joined("DSM-IV disorders among non-\nHispanic Whites"));
        assertEquals("stimulated by Ha-Ras and PDGFR-alpha", joined("stimulated by Ha-\nRas and PDGFR-\nalpha"));
    }

    @Test
    void joined_aBreakBetweenAJournalAndItsNumbersIsAWrap() {
        assertEquals(
                "Vaglio A, Buzio C. Retroperitoneal fibrosis. Lancet 2006;367:241-251",
                joined("Vaglio A, Buzio C. Retroperitoneal fibrosis. Lancet\n2006;367:241-251"));
        assertEquals(
                "Enserink M (2010) No vaccines. Science 329:1462",
                joined("Enserink M (2010) No vaccines. Science\n329:1462"));
        String year = "Vaglio A, Buzio C.\nRetroperitoneal fibrosis.\nLancet, 2006";
        assertEquals(year, joined(year), "a line that opens with a word is no wrap's sign");
    }

    @Test
    void joined_breaksWithNoWrapShownStay() {
        String web = "Smith J, Doe A\nBig trees from little genomes\nCurr Op Genet Devel 8:668-674";
        assertEquals(web, joined(web));
    }

    @Test
    void joined_twoKnownWordsWhoseJoinIsNoWordAreACompound() {
        Set<String> known = Set.of("cost", "effectiveness", "mem", "branes", "membranes", "multi", "center");
        assertEquals(
                "cost-effectiveness of membranes in a multicenter evaluation",
                WrappedLines.joined(
                        "cost-\neffectiveness of mem-\nbranes in a multi-\ncenter evalu-\nation", known::contains));
    }

    @Test
    void parse_theModelsVocabularyTellsACompoundAtABreak() {
        CitedWork work = new ReferenceParser()
                .parse("Gosselin RA, Maldonado A, Elder G (2010) Comparative cost-\n"
                        + "effectiveness analysis of two MSF surgical trauma centers. World J Surg 34:415-419");
        assertEquals("Comparative cost-effectiveness analysis of two MSF surgical trauma centers", work.title());
    }
}
