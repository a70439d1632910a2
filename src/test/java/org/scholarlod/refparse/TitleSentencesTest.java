package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class TitleSentencesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void join_aTitleOfTwoSentencesBeforeItsJournalIsOneTitle() {
        CitedWork article = parser.parse("Johnson LAS, Briggs B (1975) On Proteaceae. The evolution and classification "
                + "of a southern family. Botanical Journal of The Linnean Society 70: 83-182.");
        assertEquals("On Proteaceae. The evolution and classification of a southern family", article.title());
        assertEquals("Botanical Journal of The Linnean Society", article.containerTitle());
        CitedWork numbered = parser.parse("Feuillet C (2008) Folia taxonomica 4. Conspectus of Myriopus "
                + "(Heliotropiaceae: Boraginales) in the Guiana Shield. Journal of the Botanical Research Institute of "
                + "Texas 2(1): 263–265.");
        assertEquals(
                "Folia taxonomica 4. Conspectus of Myriopus (Heliotropiaceae: Boraginales) in the Guiana Shield",
                numbered.title());
        assertEquals("Journal of the Botanical Research Institute of Texas", numbered.containerTitle());
    }

    @Test
    void partNumbers_aPartsNumberBetweenTitleSentencesIsTheTitles() {
        CitedWork part = parser.parse("Tønnesen HH, Karlsen J, van Henegouwen GB (1986) Studies on curcumin and "
                + "curcuminoids. VIII. Photochemical stability of curcumin. Z Lebensm-Unters Forsch 183:116-122");
        assertEquals("Studies on curcumin and curcuminoids. VIII. Photochemical stability of curcumin", part.title());
        assertEquals("Z Lebensm-Unters Forsch", part.containerTitle());
    }

    @Test
    void partNumbers_aPartsNumberOpeningTheJournalIsTheTitles() {
        assertEquals(
                "«Faddeev LD|author», «Quantum inverse problem. I|title», «Theor. Math. Phys.|container-title» "
                        + "«40|volume»",
                MarkedText.after(
                        "«Faddeev LD|author», «Quantum inverse problem|title». «I, Theor. Math. Phys.|container-title» "
                                + "«40|volume»",
                        TitleSentences::partNumbers));
        String journal =
                "«Faddeev LD|author», «Quantum inverse problem|title». «I Theor. Math.|container-title» «4|volume»";
        assertEquals(journal, MarkedText.after(journal, TitleSentences::partNumbers), "with no comma, the journal's");
    }

    @Test
    void keepMark_aTitleKeepsItsQuestionMark() {
        assertEquals(
                "Taxonomy: Impediment or expedient?",
                parser.parse(
                                "Wheeler QD, Raven PH, Wilson EO (2004) Taxonomy: Impediment or expedient? Science 303: 285.")
                        .title());
    }

    @Test
    void join_aSecondTitleWithNoJournalAfterItStaysTheContainer() {
        CitedWork chapter = parser.parse("Kim J. Burns. In: Cash TF, editor. Encyclopedia of body image. "
                + "San Diego: Academic Press; 2012. p. 10-20.");
        assertEquals("Encyclopedia of body image", chapter.containerTitle());
    }
}
