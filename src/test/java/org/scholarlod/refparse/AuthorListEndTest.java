package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PersonName;

class AuthorListEndTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void settle_wordAfterTheLastUndottedInitialsIsTheTitles() {
        CitedWork psychometrics = parser.parse(
                "Pasquali L. Psicometria: Teoria dos testes na psicologia e na educação. São Paulo: Vozes; 2009.");
        assertEquals(List.of(PersonName.person("Pasquali", "L.")), psychometrics.authors());
        assertEquals("Psicometria: Teoria dos testes na psicologia e na educação", psychometrics.title());
        CitedWork foreword = parser.parse("Brownell KD. Foreword. In: Cash TF, editor. Encyclopedia of body image "
                + "and human appearance. Oxford: Elsevier; 2012. p. xxi-xii.");
        assertEquals(List.of(PersonName.person("Brownell", "KD")), foreword.authors());
        assertEquals("Foreword", foreword.title());
        CitedWork novel = parser.parse("Pullman P. Northern Lights. Alfred A. Knopf; 1995.");
        assertEquals(List.of(PersonName.person("Pullman", "P.")), novel.authors());
        assertEquals("Northern Lights", novel.title());
        assertEquals("Encyclopedia of body image and human appearance", foreword.containerTitle());
    }

    @Test
    void settle_capitalisedFamilyNameKeepsItsGivenNamesWrittenOut() {
        CitedWork book = parser.parse("SILVA, Maria Beatriz Nizza da. Cultura letrada e cultura oral no Rio de "
                + "Janeiro dos vice-reis. São Paulo: Editora Unesp. 2013.");
        assertEquals(List.of(PersonName.person("SILVA", "Maria Beatriz Nizza da")), book.authors());
        assertEquals("Cultura letrada e cultura oral no Rio de Janeiro dos vice-reis", book.title());
        CitedWork essays = parser.parse(
                "DIAS, Maria Odila da Silva. A interiorização da metrópole e outros estudos. São Paulo: Alameda. 2005.");
        assertEquals(List.of(PersonName.person("DIAS", "Maria Odila da Silva")), essays.authors());
        assertEquals("A interiorização da metrópole e outros estudos", essays.title());
    }

    @Test
    void settle_wordsAfterTheLastInitialsOfACapitalsListAreTheTitles() {
        CitedWork article = parser.parse("LOURO, G. L. Gênero, história e educação: construção e desconstrução. "
                + "Revista Educação e Realidade, v. 20, n. 2, p.101-132, 1995.");
        assertEquals(List.of(PersonName.person("LOURO", "G. L.")), article.authors());
        assertEquals("Gênero, história e educação: construção e desconstrução", article.title());
        CitedWork two = parser.parse("OLIVEIRA, D.; RESENDE, V. M. Branquitude, discurso e representação de "
                + "mulheres negras. Bakhtiniana, v. 15, n. 4, p.140-171, 2020.");
        assertEquals(
                List.of(PersonName.person("OLIVEIRA", "D."), PersonName.person("RESENDE", "V. M.")), two.authors());
        assertEquals("Branquitude, discurso e representação de mulheres negras", two.title());
        assertEquals(
                "«FREITAS, J. H. de|author». «Cinismo e indiferenciación|title». «Trans|container-title», v. «45|volume».",
                MarkedText.after(
                        "«FREITAS, J. H. de|author». «Cinismo e indiferenciación|title». «Trans|container-title», v. "
                                + "«45|volume».",
                        AuthorListEnd::settle),
                "a particle after the initials is the name's");
        String portuguese = "«DICK, D.P.; NASCIMENTO, P.C. do|author». («2010|issued») «Atributos químicos|title».";
        assertEquals(portuguese, MarkedText.after(portuguese, AuthorListEnd::settle), "Portuguese 'do' too");
    }

    @Test
    void settle_aListThatEditorsFollowIsTheEditors() {
        CitedWork book = parser.parse("Doll R, Payne P, Waterhouse JAH, editors. Cancer incidence in five continents. "
                + "Geneva: Union Internationale Contre le Cancer; 1966.");
        assertEquals(List.of(), book.authors());
        assertEquals(
                List.of(
                        PersonName.person("Doll", "R"),
                        PersonName.person("Payne", "P"),
                        PersonName.person("Waterhouse", "JAH")),
                book.editors());
        CitedWork chapter = parser.parse("Brownell KD. Foreword. In: Cash TF, editor. Encyclopedia of body image and "
                + "human appearance. Oxford: Elsevier; 2012. p. xxi-xii.");
        assertEquals(
                List.of(PersonName.person("Brownell", "KD")), chapter.authors(), "the book's editor, not the list");
    }

    @Test
    void settle_anOrganisationKeepsItsAcronym() {
        CitedWork page = parser.parse("Conselho Nacional de Secretarias Municipais de Saúde (CONASEMS). Indicadores "
                + "de imunização. Disponível em: https://portal.conasems.org.br/paineis. Acesso em: 28 out. 2023.");
        assertEquals(
                List.of(PersonName.organisation("Conselho Nacional de Secretarias Municipais de Saúde (CONASEMS)")),
                page.authors());
        assertEquals(null, page.publisher());
        assertEquals("Indicadores de imunização", page.title());
    }

    @Test
    void settle_anOrganisationTakenForATitleIsTheAuthor() {
        CitedWork article = parser.parse("Birthplace in England Collaborative Group. Perinatal and maternal outcomes "
                + "by planned place of birth for healthy women with low risk pregnancies. BMJ. 2011;343:d7400.");
        assertEquals(List.of(PersonName.organisation("Birthplace in England Collaborative Group")), article.authors());
        assertEquals(
                "Perinatal and maternal outcomes by planned place of birth for healthy women with low risk pregnancies",
                article.title());
        assertEquals("BMJ", article.containerTitle());
        String marked = "«Human Genome Project completion|title». «Nature|container-title». «2003|issued».";
        assertEquals(marked, MarkedText.after(marked, AuthorListEnd::settle), "a title that names an organisation");
    }

    @Test
    void settle_anOrganisationTakenForAPublisherAndATitleIsTheAuthor() {
        assertEquals(
                "«US Department of Health and Human Services|author». «Physical activity guidelines|title». "
                        + "«Washington|publisher-place»: «HHS|publisher»; «2018|issued».",
                MarkedText.after(
                        "«US Department of|publisher» «Health and Human Services|title». «Physical activity "
                                + "guidelines|title». «Washington|publisher-place»: «HHS|publisher»; «2018|issued».",
                        AuthorListEnd::settle));
        String book = "«Oxford University Press|publisher». «Oxford|publisher-place»; «2018|issued».";
        assertEquals(book, MarkedText.after(book, AuthorListEnd::settle), "no title follows");
    }

    @Test
    void settle_aNameWithInitialsTheModelLeftOutBeforeTheTitleIsTheAuthor() {
        CitedWork article =
                parser.parse("Hall ED. Lipid antioxidants in acute CNS injury. J Neurotrauma. " + "1992;9(2):165-72.");
        assertEquals(List.of(PersonName.person("Hall", "ED")), article.authors());
        assertEquals("Lipid antioxidants in acute CNS injury", article.title());
        String noStop = "Ab Cd Ef Gh Ij Kl OP Qr «Title words|title». «Nature|container-title».";
        assertEquals(noStop, MarkedText.after(noStop, AuthorListEnd::settle), "no stop ends a name there");
    }

    @Test
    void settle_aLastHyphenatedNameTheModelBeganTheTitleWithIsTheLists() {
        CitedWork article = parser.parse("De Camargo B, Ferman S, Noronha CP, Pombo-de-Oliveira MS. Cancer incidence "
                + "among children and adolescents in Brazil: first report of 14 population-based cancer registries. "
                + "Int J Cancer. 2010;126(3):715-20.");
        assertEquals(
                PersonName.person("Pombo-de-Oliveira", "MS"), article.authors().get(3));
        assertEquals(
                "Cancer incidence among children and adolescents in Brazil: first report of 14 population-based cancer "
                        + "registries",
                article.title());
    }

    @Test
    void settle_listsOfOtherShapesStayAsTheModelTaggedThem() {
        CitedWork dotted = parser.parse("Hindle, Donald. 1977. Enzymes of the cell. J. Am. Chem. Soc. 99: 2819.");
        assertEquals(List.of(PersonName.person("Hindle", "Donald")), dotted.authors());
        CitedWork vancouver =
                parser.parse("Rao D, Pryor JB. Stigma and secrecy in HIV care. AIDS Behav. 2008;12(2):265-71.");
        assertEquals(List.of(PersonName.person("Rao", "D"), PersonName.person("Pryor", "JB")), vancouver.authors());
        assertEquals("Stigma and secrecy in HIV care", vancouver.title());
    }
}
