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
    void rejoin_aPlaceAndYearAfterAnAuthorDateTitleAreTheTitles() {
        CitedWork dated = parser.parse("Sawabe K, Hoshino K, Kobayashi M (2006) Detection of avian influenza A viruses "
                + "from blow flies collected near a poultry farm in Kyoto, Japan, 2004. The American Journal of Tropical "
                + "Medicine and Hygiene 75: 327–332.");
        assertEquals(
                "Detection of avian influenza A viruses from blow flies collected near a poultry farm in Kyoto, Japan, "
                        + "2004",
                dated.title());
        assertEquals("2006", dated.issued());
        assertEquals(null, dated.publisherPlace());
        CitedWork state = parser.parse("Tibiriçá YJA, Coelho LFM, Moura LC (2006) Florística de lianas em um fragmento "
                + "de floresta estacional semidecidual, Parque Estadual de Vassununga, Santa Rita do Passa Quatro, SP, "
                + "Brasil. Acta Botanica Brasílica 20(2): 339–346.");
        assertEquals("Acta Botanica Brasílica", state.containerTitle());
        assertEquals(null, state.publisher(), "'SP', the state, is the title's");
        assertEquals(null, state.publisherPlace());
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
    void rejoin_aPlaceRightAgainstTheTitleOrAfterItsBracketIsTheTitles() {
        CitedWork abutting = parser.parse("Ribeiro AG, Downward GS, Freitas CU, Chiaravalloti Neto F, Cardoso MRA, "
                + "Latorre MRDO, et al. Incidence and mortality for respiratory cancer and traffic-related air "
                + "pollution in São Paulo, Brazil. Environ Res. 2019;170:243-51.");
        assertEquals(
                "Incidence and mortality for respiratory cancer and traffic-related air pollution in São Paulo, Brazil",
                abutting.title());
        assertEquals(null, abutting.publisherPlace());
        CitedWork bracketed = parser.parse("Szwarcwald CL, Leal MC, Esteves-Pereira AP, Almeida WS, Frias PG, "
                + "Damacena GN, et al. Avaliação das informações do Sistema de Informações sobre Nascidos Vivos "
                + "(SINASC), Brasil. Cad Saude Publica. 2019;35(10):e00214918.");
        assertEquals(
                "Avaliação das informações do Sistema de Informações sobre Nascidos Vivos (SINASC), Brasil",
                bracketed.title());
    }

    @Test
    void rejoinContainer_aPlaceRightAgainstTheJournalIsItsName() {
        CitedWork article = parser.parse("Hirsch JE. An index to quantify an individual’s scientific research output. "
                + "Proc Natl Acad Sci USA. 2005;102(46):16569-72.");
        assertEquals("Proc Natl Acad Sci USA", article.containerTitle());
        assertEquals(null, article.publisherPlace());
    }

    @Test
    void rejoin_aBrazilianStateTheJournalWasBegunWithIsTheTitles() {
        CitedWork article = parser.parse("Ogata, R. & Gomes, E.P.C. Estrutura e composição da vegetação no Parque "
                + "CEMUCAM, Cotia, SP. Hoehnea 33(3): 371-384.");
        assertEquals("Estrutura e composição da vegetação no Parque CEMUCAM, Cotia, SP", article.title());
        assertEquals("Hoehnea", article.containerTitle());
        assertEquals(null, article.publisherPlace());
    }

    @Test
    void rejoin_theOnlyPlaceOrYearStaysTheReferences() {
        CitedWork book = parser.parse("Smith J. The history of the world, 1990. 2nd ed. London; 1990.");
        assertEquals("1990", book.issued());
        CitedWork report = parser.parse("Jones K. Water quality survey (2004). Ministry of Health.");
        assertEquals("2004", report.issued());
    }
}
