package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.scholarlod.cite.CslJson;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.WorkType;

class ReferenceParserTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ReferenceParser parser = new ReferenceParser();

    private Map<String, String> fields(String reference) {
        return CslJson.fields(CslJson.item(MAPPER, "1", parser.parse(reference)));
    }

    /** The seed's 95 references, annotated by hand in CSL-JSON (src/test/resources/references/). */
    @Test
    void parse_accessNotesInManyLanguagesAreCutOff() {
        CitedWork english = parser.parse("KRUGMAN, P. Why is China in so much Trouble? The New York Times, Aug. 31, "
                + "2023. Available at: https://www.nytimes.com/2023/08/31/opinion/china.html. Last access: Jan. 14, "
                + "2024.");
        assertEquals("https://www.nytimes.com/2023/08/31/opinion/china.html", english.url());
        assertEquals("2024-01-14", english.accessed());
        assertEquals("2023", english.issued());
        CitedWork portuguese = parser.parse("Ministério da Saúde. Plano de ação para redução da incidência. Rio de "
                + "Janeiro: INCA; 2010 [citado 2011 jul 12]. Disponível em: http://www1.inca.gov.br/plano.pdf");
        assertEquals("2011-07-12", portuguese.accessed());
        assertEquals("2010", portuguese.issued());
        assertEquals("http://www1.inca.gov.br/plano.pdf", portuguese.url());
        CitedWork noLink = parser.parse("Smith J. Learning to teach online. Educ Rev. 2010;3:4-9. Open access.");
        assertNull(noLink.accessed());
        CitedWork inside = parser.parse("Paiva ATG, Bessa MEP. Avaliação da funcionalidade de famílias com idosos. "
                + "Cogitare Enferm [Internet]. 2011 [cited 2014 Sep 29];16(1):22-8.");
        assertEquals("2014-09-29", inside.accessed());
        assertEquals("2011", inside.issued());
        assertEquals("16", inside.volume());
    }

    @Test
    void parse_anAbbreviatedJournalAfterAnAuthorDateTitleKeepsItsHead() {
        CitedWork work = parser.parse(
                "Hutchinson, S., Lee, L. H., Gaab, N., and \nSchlaug, G. (2003). Cerebellar vol-\nume of musicians. "
                        + "Cereb. Cortex 13, \n943-949.");
        assertEquals("Cerebellar volume of musicians", work.title());
        assertEquals("Cereb. Cortex", work.containerTitle());
        assertEquals("13", work.volume());
    }

    @Test
    void parse_aListLabelBeforeTheFirstAuthorGoes() {
        for (String label : new String[] {"11. ", "[11] ", "(11) ", "11) "}) {
            CitedWork article = parser.parse(label + "Larsson A. AliView: a fast and lightweight alignment viewer and "
                    + "editor for large datasets. Bioinformatics. 2014;30(22):3276-8.");
            assertEquals(List.of(PersonName.person("Larsson", "A.")), article.authors(), label);
            assertEquals("Bioinformatics", article.containerTitle(), label);
        }
        String yearFirst = "2001. A space odyssey. London: Hutchinson.";
        assertEquals(yearFirst, ReferenceText.of(yearFirst, word -> false));
    }

    @Test
    void parse_aBareListNumberBeforeTheFirstAuthorGoes() {
        CitedWork book = parser.parse("19 Winnicott DW. A criança e o seu mundo. Rio de Janeiro: LTC; 2015.");
        assertEquals(List.of(PersonName.person("Winnicott", "DW")), book.authors());
        assertEquals("A criança e o seu mundo", book.title());
        assertEquals(WorkType.BOOK, book.type());
        CitedWork physics = parser.parse("4 A.C.P. Galvão, A.C.M. Farias, J.U.L. Mendes, Cerâmica 61, 359 (2015) 367.");
        assertEquals(PersonName.person("Galvão", "A.C.P."), physics.authors().get(0));
        CitedWork particles =
                parser.parse("15 Van der Linden FPGM. Development of the Dentition. Chicago: " + "Quintessence; 1983.");
        assertEquals(List.of(PersonName.person("Van der Linden", "FPGM")), particles.authors());
        String numberedTitle = "100 Years of solitude. London: Penguin; 1970.";
        assertEquals(numberedTitle, ReferenceText.of(numberedTitle, word -> false));
        String numberedWithParticle = "100 Years de la solitude. London: Penguin; 1970.";
        assertEquals(numberedWithParticle, ReferenceText.of(numberedWithParticle, word -> false));
    }

    @Test
    void parse_aSourceNamedAloneOnlineIsAWebPageWithThatTitle() {
        CitedWork site = parser.parse("Glime, J.M. 2017. Bryophyte Ecology. Disponível em "
                + "https://digitalcommons.mtu.edu/bryophyte-ecology/ Acesso em 18-I-2020.");
        assertEquals(WorkType.WEB_PAGE, site.type());
        assertEquals("Bryophyte Ecology", site.title());
        assertNull(site.containerTitle());
        CitedWork entry = parser.parse("FOTION, N. John Searle. Encyclopedia Britannica. Disponível em: "
                + "https://www.britannica.com/biography/John-Searle, 2021.");
        assertEquals(WorkType.WEB_PAGE, entry.type());
    }

    @Test
    void parse_aNumberBeforeEdIsTheEditionNotTheVolume() {
        CitedWork book = parser.parse("Creswell JW. Projeto de pesquisa: métodos qualitativo, quantitativo e misto. "
                + "2.ed. Porto Alegre: Artmed; 2007.");
        assertNull(book.volume());
        assertEquals("2", book.edition());
        assertEquals(WorkType.BOOK, book.type());
        CitedWork volume = parser.parse(
                "Pridgeon AM, Cribb PJ. Genera Orchidacearum. Vol. 6. New York: Oxford " + "University Press; 2014.");
        assertNull(volume.edition());
    }

    @Test
    void parse_aPlaceWithASentenceOrBracketBeforeItIsNoPlace() {
        CitedWork chapter = parser.parse("Alzola, M. (2017). Virtues and their explanatory power in the workplace. In "
                + "A. Sison, G. Beabout, & I. Ferrero (Eds.), Handbook of virtues ethics in business and management. "
                + "Netherlands: Springer.");
        assertEquals("Netherlands", chapter.publisherPlace());
        assertEquals(WorkType.CHAPTER, chapter.type());
        CitedWork book = parser.parse("DeVellis, R. F. (2016). Scale development: Theory and applications. (4th ed). "
                + "Thousand Oaks, CA: Sage Publications.");
        assertEquals("Thousand Oaks, CA", book.publisherPlace());
        assertEquals(
                "Washington, D.C.",
                parser.parse("Smith, J. (2001). Trees. Washington, D.C.: Island Press.")
                        .publisherPlace());
    }

    @Test
    void parse_aThesisNamedInPortugueseOrSpanishIsAThesis() {
        for (String thesis : new String[] {
            "GOMES, F. A. A vindicação do axiológico. 2022. Tese (Doutorado em Linguística e Língua Portuguesa) - "
                    + "Pontifícia Universidade Católica de Minas Gerais, Belo Horizonte, 2022.",
            "Bastos EA. Estimativa da efetividade do programa de rastreamento [dissertação de mestrado]. Rio de Janeiro: "
                    + "Universidade Federal do Rio de Janeiro; 2011.",
            "Tabarelli, M. 1994. Clareiras naturais e a dinâmica sucessional. Dissertação de Mestrado, Universidade de "
                    + "São Paulo, São Paulo.",
            "Pérez, J. 2010. Ecología de bosques andinos. Tesis doctoral, Universidad de Chile, Santiago."
        }) {
            assertEquals(WorkType.THESIS, parser.parse(thesis).type(), thesis);
        }
        CitedWork guidelines = parser.parse(
                "World Health Organization. National cancer control programmes: policies and managerial guidelines. "
                        + "2.ed. Geneva; 2002.");
        assertEquals(WorkType.BOOK, guidelines.type(), "a place and a title make a book, its publisher unnamed");
        CitedWork article = parser.parse("Silva A. A tese do desenvolvimento. Rev Bras Econ. 2001;55(2):1-20.");
        assertEquals(WorkType.JOURNAL_ARTICLE, article.type());
    }

    @Test
    void parse_anOrganisationIsOneAuthor() {
        // Neither is among the organisations the model was trained on.
        CitedWork ministry = parser.parse("Ministerio de Educación (AR). Lineamientos curriculares para la educación "
                + "sexual integral. Buenos Aires: Ministerio de Educación; 2008.");
        assertEquals(List.of(PersonName.organisation("Ministerio de Educación (AR)")), ministry.authors());
        assertEquals("Lineamientos curriculares para la educación sexual integral", ministry.title());
        assertEquals(WorkType.BOOK, ministry.type());
        CitedWork plan = parser.parse(
                "Secretaria de Estado da Saúde de São Paulo. Plano estadual de saúde 2020-2023. São Paulo; 2020.");
        assertEquals(List.of(PersonName.organisation("Secretaria de Estado da Saúde de São Paulo")), plan.authors());
    }

    @Test
    void parse_aNameEndingInAParticleKeepsThePlaceAfterIt() {
        CitedWork thesis = parser.parse("Ivanauskas, N. M. 1997. Caracterização florística e fisionômica da Floresta "
                + "Atlântica. Dissertação de Mestrado, Universidade Estadual de Campinas, Campinas.");
        assertEquals("Universidade Estadual de Campinas", thesis.publisher());
        assertEquals("Campinas", thesis.publisherPlace());
    }

    @Test
    void parse_aJournalNamedInLatinIsNoBook() {
        CitedWork article = parser.parse("WARDLE, K. and SHORT, K.C., 1983. Acclimatization of aseptically cultured "
                + "plantlets to humidity. In Vitro Cellular & Developmental Biology, vol. 19, pp. 386-389.");
        assertEquals(WorkType.JOURNAL_ARTICLE, article.type());
        assertEquals("In Vitro Cellular & Developmental Biology", article.containerTitle());
    }

    @Test
    void parse_aSecondTitleNamesTheWhole() {
        CitedWork chapter = parser.parse("Thompson JK, Burke NL, Krawczyk R. Measurement of body image in adolescence "
                + "and adulthood. In: Cash TF, editor. Encyclopedia of body image and human appearance. Oxford: "
                + "Elsevier; 2012. p. 512-20.");
        assertEquals(WorkType.CHAPTER, chapter.type());
        assertEquals("Measurement of body image in adolescence and adulthood", chapter.title());
        assertEquals("Encyclopedia of body image and human appearance", chapter.containerTitle());
        assertEquals(List.of(PersonName.person("Cash", "TF")), chapter.editors());
        assertEquals("512–520", chapter.page().toString());
    }

    @Test
    void parse_suffixesAreNamePartsOfTheirOwn() {
        CitedWork vancouver = parser.parse("King ML Jr, Smith J. Title of the letter. J Test. 2001;3:4-5.");
        assertEquals(PersonName.person("King", "ML", "Jr"), vancouver.authors().get(0));
        CitedWork brazilian = parser.parse("Pedro Júnior MJ, Sentelhas PC. Caracterização fenológica da videira. "
                + "Bragantia. 1993;52(2):153-60.");
        assertEquals(
                PersonName.person("Pedro", "MJ", "Júnior"), brazilian.authors().get(0));
        CitedWork chicago = parser.parse("Smith, John, Jr., and Mary Doe. 2001. Title here. Chicago: Press.");
        assertEquals(
                PersonName.person("Smith", "John", "Jr."), chicago.authors().get(0));
    }

    @Test
    void parse_punctuationBeforeTheFirstWord() {
        for (String lead : new String[] {". ", "• ", "; "}) {
            CitedWork work = parser.parse(lead + "Iglesias A, Dalbello-Araújo M. As concepções de promoção da saúde e "
                    + "suas implicações. Cad Saude Coletiva. 2011;19(3):291-8.");
            assertEquals(
                    List.of("Iglesias", "Dalbello-Araújo"),
                    work.authors().stream().map(PersonName::family).toList(),
                    lead);
            assertEquals("As concepções de promoção da saúde e suas implicações", work.title(), lead);
            assertEquals("Cad Saude Coletiva", work.containerTitle(), lead);
            assertEquals("291–298", work.page().toString(), lead);
        }
    }

    @Test
    void parse_seedReferencesAgainstAnnotation() throws IOException {
        JsonNode annotated = MAPPER.readTree(new File("src/test/resources/references/gereffi-lee-2016.json"));
        assertEquals(95, annotated.size());
        FieldScores exact = new FieldScores(false);
        for (JsonNode entry : annotated) {
            exact.add(
                    CslJson.fields(entry.get("expected")),
                    fields(entry.get("reference").asText()));
        }
        assertTrue(exact.microF1() >= 0.97, exact.table());
        assertEquals(1.0, exact.f1("type"), exact.table());
    }

    /**
     * References in other citation styles (APA, Harvard, Chicago, Springer, LNCS, Vancouver, Elsevier, Nature,
     * Science, IEEE) and kinds (thesis, preprint, web page, conference paper), written and annotated by hand for
     * this test. They guided the rules, so they are a regression bar, not a held-out measure.
     */
    @Test
    void parse_otherStylesAgainstAnnotation() throws IOException {
        JsonNode annotated = MAPPER.readTree(new File("src/test/resources/references/styles.json"));
        FieldScores exact = new FieldScores(false);
        for (JsonNode entry : annotated) {
            exact.add(
                    CslJson.fields(entry.get("expected")),
                    fields(entry.get("reference").asText()));
        }
        assertTrue(exact.microF1() >= 0.95, exact.table());
        assertTrue(exact.f1("type") >= 0.95, exact.table());
    }

    @Test
    void parse_apaJournalArticle() {
        CitedWork w = parser.parse("Gereffi, G., Humphrey, J., & Sturgeon, T. (2005). The governance of global value "
                + "chains. Review of International Political Economy, 12(1), 78–104.");
        assertEquals(WorkType.JOURNAL_ARTICLE, w.type());
        assertEquals(
                List.of(
                        PersonName.person("Gereffi", "G."),
                        PersonName.person("Humphrey", "J."),
                        PersonName.person("Sturgeon", "T.")),
                w.authors());
        assertEquals("2005", w.issued());
        assertEquals("The governance of global value chains", w.title());
        assertEquals("Review of International Political Economy", w.containerTitle());
        assertEquals("12", w.volume());
        assertEquals("1", w.issue());
        assertEquals(new PageRange("78", "104"), w.page());
    }

    @Test
    void parse_questionMarkInsideTitle() {
        CitedWork w = parser.parse("Locke, R., Amengual, M., & Mangla, A. (2009). Virtue out of necessity? Compliance, "
                + "commitment, and the improvement of labor conditions in global supply chains. Politics & Society, "
                + "37(3), 319–351.");
        assertEquals(
                "Virtue out of necessity? Compliance, commitment, and the improvement of labor conditions in "
                        + "global supply chains",
                w.title());
        assertEquals("Politics & Society", w.containerTitle());
    }

    @Test
    void parse_chapterWithEditionAndEditors() {
        CitedWork w = parser.parse("Gereffi, G. (2005). The global economy: Organization, governance, and development. "
                + "In N. J. Smelser & R. Swedberg (Eds.), The handbook of economic sociology (2nd ed., pp. 160–182). "
                + "Princeton, NJ: Princeton University Press.");
        assertEquals(WorkType.CHAPTER, w.type());
        assertEquals(List.of(PersonName.person("Smelser", "N. J."), PersonName.person("Swedberg", "R.")), w.editors());
        assertEquals("The handbook of economic sociology", w.containerTitle());
        assertEquals("2", w.edition());
        assertEquals("Princeton, NJ", w.publisherPlace());
        assertEquals("Princeton University Press", w.publisher());
    }

    @Test
    void parse_editedBookAndCorporateAuthor() {
        CitedWork book = parser.parse("Posthuma, A., & Nathan, D. (Eds.). (2010). Labour in global production networks "
                + "in India. New York: Oxford University Press.");
        assertEquals(WorkType.BOOK, book.type());
        assertEquals(List.of(), book.authors());
        assertEquals(2, book.editors().size());
        CitedWork report = parser.parse("ILO. (1999). Decent work: Report of the director-general. International Labor "
                + "Organization, Geneva. Retrieved May 10, 2014 from");
        assertEquals(List.of(PersonName.organisation("ILO")), report.authors());
        assertEquals(WorkType.REPORT, report.type());
        assertEquals("International Labor Organization", report.publisher());
        assertEquals("Geneva", report.publisherPlace());
        assertEquals("2014-05-10", report.accessed());
    }

    @Test
    void parse_workingPaperSeriesAndNumber() {
        CitedWork w = parser.parse(
                "Cattaneo, O., Gereffi, G., Miroudot, S., & Taglioni, D. (2013). Joining, upgrading and "
                        + "being competitive in global value chains: A strategic framework. World Bank Policy Research Working "
                        + "Paper 6406, The World Bank, Washington DC. Retrieved May 10, 2014 from http://example.org/wp6406.pdf");
        assertEquals(WorkType.WORKING_PAPER, w.type());
        assertEquals("World Bank Policy Research Working Paper", w.collectionTitle());
        assertEquals("6406", w.number());
        assertEquals("The World Bank", w.publisher());
        assertEquals("Washington DC", w.publisherPlace());
        assertEquals("http://example.org/wp6406.pdf", w.url());
    }

    @Test
    void parse_doiInOtherStylesIsExtractedAndNormalised() {
        assertEquals(
                "10.1016/j.respol.2011.01.002",
                parser.parse("Smith J, Jones K. Innovation systems revisited. "
                                + "Res Policy. 2011;40(5):1-12. doi:10.1016/J.RESPOL.2011.01.002.")
                        .doi());
        assertEquals(
                "10.1145/3368089.3409744",
                parser.parse("[4] A. Author, \"A title,\" in Proc. ESEC/FSE, 2020, "
                                + "pp. 1-12, DOI: 10.1145/3368089.3409744")
                        .doi());
        assertEquals(
                "10.1000/182",
                parser.parse("Doe, J. (2019). Handbook. http://dx.doi.org/10.1000/182")
                        .doi());
    }

    @Test
    void parse_doiWithBracketsIsWholeAndOneInBracketsIsNot() {
        CitedWork sici =
                parser.parse("Keppner LA, Anderson LC (2008) Notes on Harper’s Beauty. Southeastern Naturalist "
                        + "7 (1): 180-184. doi: 10.1656/1528-7092(2008)7[180:NOHBHF]2.0.CO;2");
        assertEquals("10.1656/1528-7092(2008)7[180:nohbhf]2.0.co;2", sici.doi());
        assertNull(sici.publisher(), "no 'CO' left behind");
        assertEquals(
                "10.1000/182",
                parser.parse("Doe J (2019) Handbook. Oxford: Clarendon (doi:10.1000/182).")
                        .doi());
        assertEquals(
                "10.1000/x1",
                parser.parse("Doe J (2019) Handbook. Oxford: Clarendon [doi:10.1000/x1]")
                        .doi());
    }

    @Test
    void parse_doiAndYearSuffix() {
        CitedWork w = parser.parse("Lund-Thomsen, P., & Nadvi, K. (2010a). Clusters, chains and compliance. Journal of "
                + "Business Ethics, 93(2), 201–222. https://doi.org/10.1007/s10551-010-0561-7");
        assertEquals("a", w.yearSuffix());
        assertEquals("10.1007/s10551-010-0561-7", w.doi());
        assertEquals(WorkType.JOURNAL_ARTICLE, w.type());
    }

    @Test
    void parse_newspaperDate() {
        CitedWork w =
                parser.parse("Greenhouse, S. (2013). U.S. Retailers decline to aid factory victims in Bangladesh. "
                        + "New York Times, November 23.");
        assertEquals(WorkType.NEWSPAPER_ARTICLE, w.type());
        assertEquals("2013-11-23", w.issued());
        assertEquals("New York Times", w.containerTitle());
    }

    @Test
    void parse_nothingToParse() {
        assertNull(parser.parse(""));
        assertNull(parser.parse("  12. — ; "));
    }

    @Test
    void parse_unrecognisedStyleIsFlaggedNotDropped() {
        CitedWork w = parser.parse("Some words without any date or structure");
        assertEquals(WorkType.OTHER, w.type());
        assertTrue(w.confidence() < 0.5);
    }

    /** A guard against regular expressions that backtrack exponentially, not a speed measurement (see bench). */
    @Test
    void parse_hundredKilobytesOfJunkEnds() {
        StringBuilder junk = new StringBuilder();
        Random random = new Random(7);
        String alphabet = "Aa. ,(1)–:?&";
        while (junk.length() < 100_000) {
            junk.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parser.parse(junk.toString()));
        String nearMiss = "Smith, J. (2001). " + "A title. ".repeat(200) + "Journal, 3(";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parser.parse(nearMiss));
    }

    /** Generated inputs built from the pieces references are made of: the parser never throws. */
    @Test
    void parse_neverThrowsOnGeneratedInput() {
        String[] pieces = {
            "Smith",
            ", ",
            "J.",
            " & ",
            "(2001)",
            "(2001a)",
            ". ",
            "Title",
            "?",
            " In ",
            "(Eds.)",
            "(pp. 1–9)",
            "Journal",
            " 12(3)",
            ", 45–67",
            ": ",
            "Press",
            "Retrieved June 9, 2014 from",
            "https://x.org/a",
            "doi:10.1000/x",
            "No. 2",
            "Working Paper",
            "\u00A0",
            "(",
            ")",
            "–",
            "",
            "et al.",
            "(n.d.)",
            "\n",
            "\r\n",
            "&amp;",
            "&ndash;",
            "&#x2013;",
            "<i>",
            "</i>",
            "<br/>",
            "\u0000",
            "\u0007",
            "[J]",
            " // ",
            "Иванов И. И.",
            "张三",
            "王, 伟"
        };
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int j = 0; j < length; j++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String input = text.toString();
            CitedWork work;
            try {
                work = parser.parse(input);
            } catch (RuntimeException e) {
                throw new AssertionError("parse threw on: " + input, e);
            }
            if (work != null) {
                for (String value :
                        CslJson.fields(CslJson.item(MAPPER, "1", work)).values()) {
                    assertTrue(value.chars().noneMatch(Character::isISOControl), "control character in " + value);
                }
            }
        }
    }

    @Test
    void parse_controlCharacterInTheString_isReadAsASpaceNotAFailure() {
        CitedWork work = new ReferenceParser()
                .parse("Smith, J. (2010). Trade and labour\u0096 a review. Journal of Testing, 12(3), 45\u009667.");
        assertNotNull(work);
        assertTrue(work.title().chars().noneMatch(Character::isISOControl), work.title());
    }

    @Test
    void parse_htmlMarkupIsDecoded() {
        CitedWork work = parser.parse("Smith, J. &amp; Jones, K. (2001). <i>A study of things</i>. "
                + "<i>Journal of Testing</i>, <b>12</b>(3), 45&ndash;67.");
        assertEquals(
                List.of("Smith", "Jones"),
                work.authors().stream().map(PersonName::family).toList());
        assertEquals("A study of things", work.title());
        assertEquals("Journal of Testing", work.containerTitle());
        assertEquals(new PageRange("45", "67"), work.page());
    }

    /** ScienceDirect lays a reference out on three lines: the line breaks end the fields. */
    @Test
    void parse_fieldsOnLinesOfTheirOwn() {
        CitedWork work =
                parser.parse("J. Smith, K.L. Doe\nThe semantic web revisited\nSci. Am., 284 (2001), pp. 34-43");
        assertEquals(
                List.of("Smith", "Doe"),
                work.authors().stream().map(PersonName::family).toList());
        assertEquals("The semantic web revisited", work.title());
        assertEquals("Sci. Am", work.containerTitle());
        assertEquals("2001", work.issued());
    }

    /** A big collaboration's reference lists thousands of authors: all are read, and the rest of it too. */
    @Test
    void parse_thousandsOfAuthors() {
        StringBuilder reference = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            reference
                    .append(i == 0 ? "" : ", ")
                    .append("Aad")
                    .append((char) ('a' + i % 26))
                    .append(" G");
        }
        reference.append(". Observation of a new particle. Phys. Lett. B 716, 1 (2012).");
        CitedWork work = parser.parse(reference.toString());
        assertEquals(3000, work.authors().size());
        assertEquals("Observation of a new particle", work.title());
        assertEquals("2012", work.issued());
    }

    @Test
    void parse_reportNumberAndTypeFromTheTaggedFields() {
        CitedWork report = parser.parse(
                "Ellis J. Physics beyond the Standard Model. Geneva: CERN; 2002. Report No.: CERN-TH-2002-320.");
        assertEquals(WorkType.REPORT, report.type());
        assertEquals("CERN-TH-2002-320", report.number());
        CitedWork article = parser.parse(
                "A. Author, B. Author, Title of the paper, Proceedings of the National Academy of Sciences 105 (2008) "
                        + "1234-1240. arXiv:0801.1234.");
        assertEquals(WorkType.JOURNAL_ARTICLE, article.type());
    }

    @Test
    void parse_isbnIsTakenOutAndCheckedAndParenthesesInAValueKept() {
        CitedWork book = parser.parse("Wickham H (2016). ggplot2: Elegant Graphics for Data Analysis. "
                + "Springer-Verlag New York. ISBN 978-3-319-24277-4");
        assertEquals("9783319242774", book.isbn());
        assertEquals(null, book.page());
        CitedWork misprint = parser.parse("Wickham H (2016). ggplot2. Springer. ISBN 978-3-319-24277-5");
        assertEquals(null, misprint.isbn());
        CitedWork article = parser.parse("H. Georgi and S. L. Glashow, Unity of all elementary-particle forces in "
                + "SU(5), Phys. Rev. Lett. 32, 438 (1974).");
        assertEquals("Unity of all elementary-particle forces in SU(5)", article.title());
    }

    @Test
    void parse_aDashSettingTheTitleOffIsNoPartOfIt() {
        CitedWork article = parser.parse(
                "8. Fawcett, J.W. & Keynes, J. - Peripheral nerve regeneration. Annu. Rev. Neurosci., 13: 46-60, 1990.");
        assertEquals("Peripheral nerve regeneration", article.title());
    }

    @Test
    void parse_semicolonListsBeforeABracketedYearAreLeftToTheModel() {
        CitedWork article = parser.parse("SHOEMAKER, H.E.; MCLEAN, E.O.; PRATT, P.F. (1961) Buffer methods for "
                + "determining lime requirements of soils with appreciable amounts of extractable aluminum. Soil "
                + "Science Society of America Journal, v. 25, n. 4, p. 274-277.");
        assertEquals(
                List.of(
                        PersonName.person("SHOEMAKER", "H.E."),
                        PersonName.person("MCLEAN", "E.O."),
                        PersonName.person("PRATT", "P.F.")),
                article.authors(),
                "APA's trusted pattern is 'Family, I., & Family, I.': a ';' list is not it");
        assertEquals(WorkType.JOURNAL_ARTICLE, article.type());
        assertEquals("Soil Science Society of America Journal", article.containerTitle());
        assertEquals("25", article.volume());
        assertEquals("4", article.issue());
    }

    @Test
    void parse_aBareSourceAfterAnApaTitleIsLeftToTheModel() {
        CitedWork article = parser.parse("Kim, J. J., Volk, F., & Enright, R. D. (2021). Validating the Enright "
                + "Self-Forgiveness Inventory (ESFI). Current Psychology.");
        assertEquals(WorkType.JOURNAL_ARTICLE, article.type(), "a journal's name alone is no report's source");
        assertEquals("Current Psychology", article.containerTitle());
        assertNull(article.publisherPlace());
        CitedWork paper = parser.parse("Gereffi, G. (2014). Global value chains in a post-Washington Consensus world. "
                + "Capturing the Gains Working Paper 2012/12, University of Manchester.");
        assertEquals(WorkType.WORKING_PAPER, paper.type(), "a series the source names is still read by the rules");
        assertEquals("University of Manchester", paper.publisher());
    }

    @Test
    void parse_authorDateBooksEditionsAndListsInPortuguese() {
        CitedWork book = parser.parse("Santos, M. (2008). Metamorfoses do Espaço Habitado (6ª ed.). São Paulo: EdUSP.");
        assertEquals("Metamorfoses do Espaço Habitado", book.title());
        assertEquals("6", book.edition());
        CitedWork two = parser.parse(
                "Savage, M., e Warde, A. (1993). Urban sociology, capitalism and modernity. London: Macmillan.");
        assertEquals(List.of(PersonName.person("Savage", "M."), PersonName.person("Warde", "A.")), two.authors());
        CitedWork suffixed = parser.parse("Hernandes, J. L., Pedro Júnior, M. J., & Santos, A. O. (2010). Fenologia "
                + "e produção de cultivares. Revista Brasileira de Fruticultura, 32, 135-142.");
        assertEquals(
                PersonName.person("Pedro", "M. J.", "Júnior"),
                suffixed.authors().get(1));
        CitedWork chapter = parser.parse("Rodrigues, A. B. (2003). Ecoturismo: limites do eco e da ética. In A. B. "
                + "Rodrigues. Ecoturismo no Brasil: possibilidades e limites. São Paulo, SP: Contexto.");
        assertEquals(WorkType.CHAPTER, chapter.type(), "a title running into 'In' is no book's");
        assertEquals("Ecoturismo: limites do eco e da ética", chapter.title());
    }

    @Test
    void parse_etAlWithoutItsStopNamesNobody() {
        CitedWork article = parser.parse("Brust B, Lecoufle M, Canaan S, et al (2011) Mycobacterium tuberculosis "
                + "lipolytic enzymes as potential biomarkers. PLoS One 6: e25078.");
        assertEquals(
                List.of(
                        PersonName.person("Brust", "B"),
                        PersonName.person("Lecoufle", "M"),
                        PersonName.person("Canaan", "S")),
                article.authors());
    }
}
