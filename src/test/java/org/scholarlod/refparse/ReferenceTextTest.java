package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReferenceTextTest {
    /** The text as the parser reads it with no vocabulary: no word known. */
    private static String of(String text) {
        return ReferenceText.of(text, word -> false);
    }

    @Test
    void of_aWordHyphenatedAtALineBreakIsWhole() {
        assertEquals(
                "Kozarek RA. Balloon dilation of the sphincter of Oddi. Endoscopy. 1988;20:207-10.",
                of("Kozarek RA. Balloon dilation of the sphincter of Oddi. Endos-\ncopy. 1988;20:207-10."));
    }

    @Test
    void of_linesAPdfWrappedAreOneLine() {
        assertEquals(
                "May GR, Cotton PB, Edmunds SE, Chong W. Removal of stones from the bile duct at ERCP without "
                        + "sphincterotomy. Gastrointest Endosc. 1993;39:749-54.",
                of("May GR, Cotton PB, Edmunds SE, Chong W. Removal of stones \nfrom the bile duct at "
                        + "ERCP without sphincterotomy. Gastrointest \nEndosc. 1993;39:749-54."));
        assertEquals(
                "Mitka M: Tensions Remain Over tPA for Stroke. JAMA 2003, 289(11):1363-1364.",
                of("Mitka M: Tensions Remain Over tPA for Stroke. JAMA 2003, \n289(11):1363-1364."));
    }

    @Test
    void of_linesAWebPageLaysOutStayLines() {
        String web = "Dale R, Manaster Ramer A\nA canonical form for projected entangled pair states and "
                + "applications\nhttps://www.example.org/ar50/index.html";
        assertEquals(web, of(web));
        String source = "Smith J, Doe A\nZero-temperature phase diagram of binary boson-fermion mixtures\ne1189242 // "
                + "Phys. Rev. A. 2000. Vol. 61.";
        assertEquals(source, of(source));
    }
}
