package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class TitleTailTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void rejoin_placesBeforeTheJournalAreTheTitles() {
        CitedWork article = parser.parse("Pereira EF, Graup S, Lopes AS. Percepção da imagem corporal de crianças na "
                + "cidade de Florianópolis, Santa Catarina, Brasil. Rev Bras Saude Mater Infant. 2009;9(3):253-62.");
        assertEquals(
                "Percepção da imagem corporal de crianças na cidade de Florianópolis, Santa Catarina, Brasil",
                article.title());
        assertEquals("Rev Bras Saude Mater Infant", article.containerTitle());
        assertEquals("2009", article.issued());
        CitedWork dated = parser.parse("Florindo AA, Hallal PC. Prática de atividade física e fatores associados em "
                + "adultos, Brasil, 2006. Rev Saude Publica. 2009;43(Suppl 2):65-73.");
        assertEquals("Prática de atividade física e fatores associados em adultos, Brasil, 2006", dated.title());
        assertEquals("2009", dated.issued());
    }

    @Test
    void rejoin_yearsInBracketsBeforeAnotherYearAreTheTitles() {
        CitedWork book = parser.parse(
                "PITA, João Rui. Farmácia, medicina e saúde pública em Portugal (1772-1836). Coimbra: Minerva. 1996.");
        assertEquals("Farmácia, medicina e saúde pública em Portugal (1772-1836)", book.title());
        assertEquals("1996", book.issued());
        CitedWork translated =
                parser.parse("BAKHTIN, M. Freudismo: um esboço crítico [1927]. São Paulo: " + "Perspectiva, 2014.");
        assertEquals("Freudismo: um esboço crítico [1927]", translated.title());
        assertEquals("2014", translated.issued());
    }

    @Test
    void rejoin_theOnlyPlaceOrYearStaysTheReferences() {
        CitedWork book = parser.parse("Smith J. The history of the world, 1990. 2nd ed. London; 1990.");
        assertEquals("1990", book.issued());
        CitedWork report = parser.parse("Jones K. Water quality survey (2004). Ministry of Health.");
        assertEquals("2004", report.issued());
    }
}
