package org.scholarlod.source.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.WorkType;
import org.scholarlod.source.InputException;

class JatsCitationsTest {
    private static List<JatsCitations.Citation> read() throws IOException {
        Path file = Path.of("src/test/resources/jats/citations.xml");
        return JatsCitations.read(file.toString(), Files.readAllBytes(file));
    }

    @Test
    void read_aPersonGroupWithoutATypeAfterTheTitleIsNeitherAuthorsNorScored() throws IOException {
        JatsCitations.Citation chapter = read().get(7);
        assertEquals(
                List.of(PersonName.person("Blakely", "T"), PersonName.person("Subramanian", "SV")),
                chapter.work().authors());
        assertEquals(List.of(), chapter.work().editors());
        assertFalse(chapter.completelyTagged(), "the tags do not say whose the second group is");
        JatsCitations.Citation authorsAgain = read().get(22);
        assertEquals(
                3,
                authorsAgain.work().authors().size(),
                authorsAgain.work().authors().toString());
        assertFalse(authorsAgain.completelyTagged(), "a second author group after the title: the book's people");
    }

    @Test
    void read_aPairWhoseFieldsLackWordsTheTextShowsIsNotCompletelyTagged() throws IOException {
        List<JatsCitations.Citation> citations = read();
        JatsCitations.Citation noPublisher = citations.get(23);
        assertTrue(noPublisher.text().contains("John Wiley & Sons, New York"), noPublisher.text());
        assertNull(noPublisher.work().publisher());
        assertFalse(noPublisher.completelyTagged(), "the fields hold neither 'Wiley' nor 'York'");
        assertFalse(citations.get(8).completelyTagged(), "the tags cut the title at '… 0-19 months, U'");
        JatsCitations.Citation compiled = citations.get(21);
        assertTrue(compiled.completelyTagged(), "every word of 'BRAIT, B. Análise e teoria …' is a field's");
    }

    @Test
    void read_namePartsThatTouchAreSpacedAndTheDoiLinkIsTheDoi() throws IOException {
        JatsCitations.Citation plos = read().get(0);
        assertTrue(plos.text().startsWith("Prescott DM, von Berger L, et al. (1994) The DNA"), plos.text());
        assertEquals(
                List.of(PersonName.person("Prescott", "DM"), PersonName.person("von Berger", "L")),
                plos.work().authors());
        assertEquals("10.1128/mmbr.58.2.233-267.1994", plos.work().doi());
        assertNull(plos.work().url());
        assertEquals("267", plos.work().page().last(), "an abbreviated last page is read whole");
        assertTrue(plos.completelyTagged());
    }

    @Test
    void read_objectIdsElocationIdsAndSuffixesAreTags() throws IOException {
        List<JatsCitations.Citation> citations = read();
        assertEquals("1039", citations.get(1).work().page().last());
        assertEquals(
                PersonName.person("Buckner", "RL", "Jr"),
                citations.get(1).work().authors().get(0));
        assertTrue(citations.get(1).completelyTagged());
        assertEquals("2122", citations.get(2).work().number());
        assertTrue(citations.get(2).completelyTagged());
    }

    @Test
    void read_anElementCitationBesideGivesTheFields() throws IOException {
        JatsCitations.Citation scielo = read().get(3);
        assertTrue(scielo.text().startsWith(". Adami F, Frainer DES. Construct"), scielo.text());
        assertEquals(WorkType.JOURNAL_ARTICLE, scielo.work().type());
        assertEquals("Nutr J", scielo.work().containerTitle());
        assertEquals("10.1186/1475-2891-11-24", scielo.work().doi());
        assertTrue(scielo.completelyTagged());
    }

    @Test
    void read_pagesTheElementCitationLacksGoUnscoredAndAPageRangeIsRead() throws IOException {
        List<JatsCitations.Citation> citations = read();
        assertEquals(Set.of("page"), citations.get(3).unscored(), "the text shows ':24', the fields no page");
        assertTrue(citations.get(3).completelyTagged());
        JatsCitations.Citation ranged = citations.get(8);
        assertEquals(new PageRange("765", "773"), ranged.work().page());
        assertEquals(Set.of(), ranged.unscored());
        assertEquals(Set.of(), citations.get(0).unscored());
    }

    @Test
    void read_aYearInsideADateIsTheYear() throws IOException {
        JatsCitations.Citation dated = read().get(9);
        assertEquals("1980", dated.work().issued(), "SciELO's JATS 1.1 files wrap the year: <date><year>");
        assertEquals(new PageRange("355", "359"), dated.work().page());
        assertTrue(dated.completelyTagged());
    }

    @Test
    void read_anIssueTaggedAsItsIdIsTheIssueAndALinkTheTextDoesNotShowGoesUnscored() throws IOException {
        JatsCitations.Citation plos = read().get(10);
        assertEquals("2", plos.work().issue(), "PLOS: (<issue-id>2</issue-id>)");
        assertEquals("http://www.ncbi.nlm.nih.gov/pubmed/19363269", plos.work().url());
        assertEquals(Set.of("URL"), plos.unscored(), "the text shows 'PubMed: 19363269', not the link");
        assertTrue(plos.completelyTagged());
    }

    @Test
    void read_untaggedWordsOrUncomparedTagsLeaveACitationOut() throws IOException {
        List<JatsCitations.Citation> citations = read();
        assertEquals(24, citations.size(), "a mixed citation printing nothing between its fields is no text to score");
        assertFalse(citations.get(4).completelyTagged(), "an untagged DOI and article number");
        assertFalse(citations.get(5).completelyTagged(), "a book with no tags but its type");
        assertFalse(citations.get(6).completelyTagged(), "a conference name, which the comparison cannot see");
        assertFalse(citations.get(15).completelyTagged(), "a DOI in the text, untagged");
    }

    @Test
    void read_namesTouchingInAGroupAreCommaSeparatedAndADoiLinkTypeIsTheDoi() throws IOException {
        JatsCitations.Citation pensoft = read().get(11);
        assertTrue(pensoft.text().startsWith("Myers N, da Fonseca GAB, Kent J (2000) Biodiversity"), pensoft.text());
        assertEquals(3, pensoft.work().authors().size());
        assertEquals("10.1038/35002501", pensoft.work().doi(), "<ext-link ext-link-type=\"doi\" href=\"10.1038/…\">");
        assertTrue(pensoft.completelyTagged());
        JatsCitations.Citation etal = read().get(16);
        assertTrue(etal.text().startsWith("Nilsson RH, Larsson K-H et al. (2006)"), etal.text());
    }

    @Test
    void read_aSourceBesideAPublisherIsTheTitleAndOneAloneGoesUnscored() throws IOException {
        List<JatsCitations.Citation> citations = read();
        assertEquals("Woodlice", citations.get(12).work().title(), "a source with a publisher and no article title");
        assertNull(citations.get(12).work().containerTitle());
        assertTrue(citations.get(12).completelyTagged());
        JatsCitations.Citation alone = citations.get(14);
        assertEquals(
                Set.of("title", "container-title"), alone.unscored(), "'JSTOR Plant Science': a journal or a site?");
        assertTrue(alone.completelyTagged());
    }

    @Test
    void read_theRestOfAReferenceLumpedIntoItsSourceLeavesItOut() throws IOException {
        JatsCitations.Citation lumped = read().get(13);
        assertTrue(lumped.text().endsWith("(1762) Species Plantarum, edition 2. Stockholm: Salvius."), lumped.text());
        assertFalse(lumped.completelyTagged(), "an edition, a place and a publisher in one source");
    }

    @Test
    void read_aSourceHoldingAJournalsNumbersOrAnEditedBookLeavesItOut() throws IOException {
        List<JatsCitations.Citation> citations = read();
        JatsCitations.Citation numbers = citations.get(17);
        assertTrue(numbers.text().endsWith("Mexico X. Phytologia 52(1): 11−17."), numbers.text());
        assertFalse(numbers.completelyTagged(), "a title, a journal, its volume, issue and pages in one source");
        JatsCitations.Citation edited = citations.get(18);
        assertTrue(edited.text().endsWith("In: Zuloaga FO, Morrone O, et al. (Eds) Flora Argentina"), edited.text());
        assertFalse(edited.completelyTagged(), "a chapter, its editors and its book in one source");
    }

    @Test
    void read_fieldsThatTouchWordToWordAreSpacedInTheTextAndInTheFields() throws IOException {
        List<JatsCitations.Citation> citations = read();
        JatsCitations.Citation pmc = citations.get(19);
        assertTrue(pmc.text().endsWith("Kenya. Am J Trop Med Hyg 83: 52–57 20682906"), pmc.text());
        assertEquals("Am J Trop Med Hyg", pmc.work().containerTitle());
        JatsCitations.Citation taxon = citations.get(20);
        assertTrue(taxon.text().contains("The typification of Cordia flavescens Aubl."), taxon.text());
        assertEquals("The typification of Cordia flavescens Aubl.", taxon.work().title());
    }

    @Test
    void read_notXml() {
        InputException e = assertThrows(
                InputException.class,
                () -> JatsCitations.read("refs.txt", "Smith J (2001) Title.".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("refs.txt: line 1, column 1: not well-formed XML"), e.getMessage());
    }
}
