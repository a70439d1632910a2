package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class TitleBracketsTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void rejoin_groupNamesInBracketsBeforeTheJournalAreTheTitles() {
        CitedWork article = parser.parse("Nokkala S, Nokkala C (1986b) Achiasmatic male meiosis in Anthocoris nemorum "
                + "(L.) (Anthocoridae, Hemiptera). Hereditas 105: 287–289.");
        assertEquals("Achiasmatic male meiosis in Anthocoris nemorum (L.) (Anthocoridae, Hemiptera)", article.title());
        assertEquals("Hereditas", article.containerTitle());
        assertNull(article.publisher());
        assertNull(article.publisherPlace());
        CitedWork authority = parser.parse("Padial JM, Chaparro JC, Köhler J, De la Riva I (2009) Rediscovery, "
                + "resurrection and redescription of Rhinella leptoscelis (Boulenger, 1912) (Anura: Bufonidae). "
                + "Zootaxa 2115: 56-64.");
        assertEquals(
                "Rediscovery, resurrection and redescription of Rhinella leptoscelis (Boulenger, 1912) (Anura: "
                        + "Bufonidae)",
                authority.title());
        assertEquals("Zootaxa", authority.containerTitle());
        assertEquals("2009", authority.issued());
    }

    @Test
    void rejoin_anAbbreviationsStopBeforeTheBracketsIsTheTitles() {
        CitedWork article =
                parser.parse("Grozeva S, Nokkala S (2002) Achiasmatic male meiosis in Cimex sp. (Heteroptera, "
                        + "Cimicidae). Caryologia 55(3): 189–192.");
        assertEquals("Achiasmatic male meiosis in Cimex sp. (Heteroptera, Cimicidae)", article.title());
        assertEquals("Caryologia", article.containerTitle());
    }

    @Test
    void inside_bracketsTheTitleStandsOnBothSidesOfAreTheTitles() {
        CitedWork article = parser.parse("CAMARGO, J. M.F. & J.S. MOURE. 1996. Meliponini neotropicais: o gênero "
                + "Geotrigona Moure, 1943 (Apinae, Apidae, Hymenop-tera), com especial referência à filogenia e "
                + "biogeografia. Arquivos de Zoologia 33: 95-161.");
        assertEquals(
                "Meliponini neotropicais: o gênero Geotrigona Moure, 1943 (Apinae, Apidae, Hymenop-tera), com especial "
                        + "referência à filogenia e biogeografia",
                article.title());
        assertEquals("Arquivos de Zoologia", article.containerTitle());
        assertNull(article.publisherPlace());
    }

    @Test
    void inside_aBooksImprintInBracketsStaysTheImprint() {
        assertEquals(
                "Reading,MA",
                parser.parse("Bohr A and Mottelson B R 1975 Nuclear Structure vol II (Reading,MA :Benjamin )ch 4")
                        .publisherPlace());
    }

    @Test
    void glued_bracketsGluedToATitlesWordAreTheWords() {
        assertEquals(
                "«S. Dimopoulos|author», «Softly Broken Supersymmetry and SU(5)|title», «Nucl. Phys. B|container-title» "
                        + "«193|volume»",
                MarkedText.after(
                        "«S. Dimopoulos|author», «Softly Broken Supersymmetry and SU|title»(«5|issue»), «Nucl. Phys. "
                                + "B|container-title» «193|volume»",
                        TitleBrackets::glued));
        String year = "«J. Smith|author», «A history of physics|title»(«1998|issued»).";
        assertEquals(year, MarkedText.after(year, TitleBrackets::glued), "a year glued to a title stays the date");
        String spaced = "«J. Smith|author», «Nuclear Structure|title» («2|volume»).";
        assertEquals(spaced, MarkedText.after(spaced, TitleBrackets::glued), "brackets apart from the word are not");
    }
}
