package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PersonName;

class CapitalsAuthorTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void settle_anAcronymInCapitalsBeforeTheYearIsTheAuthor() {
        CitedWork work = parser.parse("IBGE. 2006. Mapa de unidades de relevo do Brasil. 2nd ed., Instituto Brasileiro"
                + " de Geografia e Estatística, Rio de Janeiro.");
        assertEquals(List.of(PersonName.organisation("IBGE")), work.authors());
        assertEquals("Mapa de unidades de relevo do Brasil", work.title());
    }

    @Test
    void settle_wordsInCapitalsAreOneNameNotASurnameAndGivenNames() {
        CitedWork work = parser.parse("WORLD BANK. Which way forward?: navigating China’s post-pandemic growth path. "
                + "Washington, DC: The World Bank, 2023.");
        assertEquals(List.of(PersonName.organisation("WORLD BANK")), work.authors());
    }

    @Test
    void settle_theWordsTheModelKeptInTheAuthorGoBackToTheTitle() {
        CitedWork work = parser.parse("LUCIANO. Obras I. Madrid: Gredos , 1981.");
        assertEquals(List.of(PersonName.organisation("LUCIANO")), work.authors());
        assertEquals("Obras I", work.title());
    }

    @Test
    void settle_aSurnameWithInitialsInCapitalsIsAPerson() {
        CitedWork work = parser.parse("KELLNER AWA. 2022. Research in Antarctica – challenging but necessary. "
                + "An Acad Bras Cienc 94: e20220493.");
        assertEquals(List.of(PersonName.person("KELLNER", "AWA")), work.authors());
    }

    @Test
    void settle_anAcronymADashAndTheNameItStandsForAreTheAuthor() {
        CitedWork work = parser.parse("BLS – US Bureau of Labor Statistics. The employment situation. Washington, "
                + "D.C.: Bureau of Labor Statistics, Dec. 2023.");
        assertEquals(List.of(PersonName.organisation("BLS – US Bureau of Labor Statistics")), work.authors());
        assertEquals("The employment situation", work.title());
    }
}
