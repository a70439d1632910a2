package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WrappedLinesTest {
    @Test
    void joined_aSyllableBreakLosesItsHyphen() {
        assertEquals(
                "Endoscopic sphincterotomy: long-term results",
                WrappedLines.joined("Endo-\nscopic sphincterotomy: long-term results"));
    }

    @Test
    void joined_aCompoundKeepsItsHyphen() {
        assertEquals(
                "Curcuminoids reduce lead-induced memory deficits",
                WrappedLines.joined("Curcuminoids reduce lead-\ninduced memory deficits"));
        assertEquals(
                "Neuronal alpha-synuclein in the brain",
                WrappedLines.joined("Neuronal alpha-\nsynuclein in the brain"));
        assertEquals(
                "DSM-IV disorders among non-Hispanic Whites",
                WrappedLines.joined("DSM-IV disorders among non-\nHispanic Whites"));
        assertEquals(
                "stimulated by Ha-Ras and PDGFR-alpha",
                WrappedLines.joined("stimulated by Ha-\nRas and PDGFR-\nalpha"));
    }

    @Test
    void joined_breaksWithNoWrapShownStay() {
        String web = "Smith J, Doe A\nBig trees from little genomes\nCurr Op Genet Devel 8:668-674";
        assertEquals(web, WrappedLines.joined(web));
    }
}
