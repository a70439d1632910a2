package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class TitleYearsTest {
    @Test
    void settle_aFirstEditionsYearInBracketsIsTheTitles() {
        assertEquals(
                "«MEDVIÉDEV, P.|author» «O método formal. Introdução crítica [1928]|title». «São Paulo|publisher-place»: "
                        + "«Contexto|publisher», «2019|issued».",
                MarkedText.after(
                        "«MEDVIÉDEV, P.|author» «O método formal. Introdução crítica|title» [«1928|issued»]. "
                                + "«São Paulo|publisher-place»: «Contexto|publisher», «2019|issued».",
                        TitleYears::settle));
    }

    @Test
    void settle_aSpanOfYearsATitleOrContainerNamesIsItsOwn() {
        assertEquals(
                "«FOUCAULT, M.|author» «Le courage de la vérité: cours au Collège de France, 1983 - 1984|title». "
                        + "«Paris|publisher-place»: «Gallimard|publisher», «2009|issued».",
                MarkedText.after(
                        "«FOUCAULT, M.|author» «Le courage de la vérité: cours au Collège de France|title», "
                                + "«1983 - 1984|issued». «Paris|publisher-place»: «Gallimard|publisher», "
                                + "«2009|issued».",
                        TitleYears::settle));
        assertEquals(
                "«SADOUL, G.|author» «Le centenaire|title». In: «Émile Reynaud, Peintre de films 1844-1918"
                        + "|container-title». «Paris|publisher-place»: «Cinémathèque|publisher», «1945|issued».",
                MarkedText.after(
                        "«SADOUL, G.|author» «Le centenaire|title». In: «Émile Reynaud, Peintre de films"
                                + "|container-title» «1844-1918|issued». «Paris|publisher-place»: "
                                + "«Cinémathèque|publisher», «1945|issued».",
                        TitleYears::settle));
    }

    @Test
    void settle_aYearAfterAJournalsNameOrTheSameYearAgainIsTheDate() {
        String journal =
                "«Bañuls M|author». «The mass spectrum|title». «Journal of High Energy Physics|container-title» "
                        + "«2013|issued» («11|issue») «158|page», «2014|issued».";
        assertEquals(journal, MarkedText.after(journal, TitleYears::settle));
        String again =
                "«Hen O|author». «Nuclear physics|title», «2017|issued». «Reviews|container-title» «2017|issued».";
        assertEquals(again, MarkedText.after(again, TitleYears::settle));
    }

    @Test
    void parse_theDateIsTheEditionsYearNotTheYearInTheTitle() {
        CitedWork work = new ReferenceParser()
                .parse("BAKHTIN, M. M. O discurso no romance [1934-1935]. In: BAKHTIN, M. M. Teoria do romance I. a "
                        + "estilística. Tradução de Paulo Bezerra. São Paulo: Editora 34, 2015. p.19-167.");
        assertEquals("2015", work.issued());
        assertEquals("O discurso no romance [1934-1935]", work.title());
    }
}
