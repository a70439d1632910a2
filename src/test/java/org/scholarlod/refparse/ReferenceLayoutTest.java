package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReferenceLayoutTest {
    @Test
    void of_yearInBracketsAfterAuthors() {
        assertEquals(
                ReferenceLayout.YEAR_AFTER_AUTHORS_IN_BRACKETS,
                ReferenceLayout.of(
                        "Taneja N (2007) Changing epidemiology of shigellosis. J Clin Microbiol 45:678-679"));
        assertEquals(
                ReferenceLayout.YEAR_AFTER_AUTHORS_IN_BRACKETS,
                ReferenceLayout.of(
                        "Chipuer, H. M. (2001). Dyadic attachments. Journal of \nCommunity Psychology, 29, 429-446."));
    }

    @Test
    void of_vancouverYearSemicolonVolume() {
        assertEquals(
                ReferenceLayout.YEAR_SEMICOLON_VOLUME,
                ReferenceLayout.of(
                        "Kozarek RA. Balloon dilation of the sphincter of Oddi. Endoscopy. 1988;20:207-10."));
    }

    @Test
    void of_bmcYearCommaVolume() {
        assertEquals(
                ReferenceLayout.YEAR_COMMA_VOLUME,
                ReferenceLayout.of("Mitka M: Tensions Remain Over tPA for Stroke. JAMA 2003, \n289(11):1363-1364."));
    }

    @Test
    void of_yearAfterAuthorsUnbracketed() {
        assertEquals(
                ReferenceLayout.YEAR_AFTER_AUTHORS,
                ReferenceLayout.of(
                        "Matz, M. V. & Vorobyev, M. 2006 Are corals colorful? Photochem. Photobiol. 82, 345-350."));
    }

    @Test
    void of_yearInBracketsAtTheEnd() {
        assertEquals(
                ReferenceLayout.YEAR_LAST,
                ReferenceLayout.of(
                        "C. Korteweg, J. Gu, Pathology of avian influenza. Am. J. Pathol. 172, 1155-1170 (2008)"));
    }

    @Test
    void of_noYear_isOther() {
        assertEquals(ReferenceLayout.OTHER, ReferenceLayout.of("Patrick A, Epstein O. Review article: gastroparesis."));
    }
}
