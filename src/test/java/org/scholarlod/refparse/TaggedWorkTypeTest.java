package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.WorkType;

class TaggedWorkTypeTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void loneContainerIsTitle_aBookBeforeItsPublisher() {
        CitedWork book = parser.parse("Sutton SL (1980) Woodlice. Pergamon Press, Oxford, 144 pp.");
        assertEquals("Woodlice", book.title());
        assertNull(book.containerTitle());
        assertEquals("Pergamon Press", book.publisher());
        assertEquals(WorkType.BOOK, book.type());
    }

    @Test
    void containerWithPlaceIsPublisher_aBooksPublisherBeforeItsPlace() {
        CitedWork book =
                parser.parse("Kano R, Shinonaga S (1968) Calliphoridae (Insecta: Diptera). Biogeographical Society of "
                        + "Japan, Tokyo, 181 pp.");
        assertEquals("Calliphoridae (Insecta: Diptera)", book.title());
        assertNull(book.containerTitle());
        assertEquals("Biogeographical Society of Japan", book.publisher());
        assertEquals("Tokyo", book.publisherPlace());
        assertEquals(WorkType.BOOK, book.type());
        CitedWork proceedings =
                parser.parse("Kim J (2009) Fast joins. Proceedings of the 25th International Conference "
                        + "on Data Engineering, Shanghai.");
        assertEquals(
                "Proceedings of the 25th International Conference on Data Engineering", proceedings.containerTitle());
    }

    @Test
    void of_aTitlesOwnInAfterABracketIsNoBooksIn() {
        var fields = Map.of(
                "title", "Cancer incidence among adolescents (15 to 29 years) in Brazil",
                "container-title", "Pediatric Hematology and Oncology",
                "volume", "8",
                "page", "e88-96");
        assertEquals(
                WorkType.JOURNAL_ARTICLE,
                TaggedWorkType.of(
                        fields,
                        "",
                        "Balmant NV. Cancer incidence among adolescents (15 to 29 years) in " + "Brazil. ",
                        false));
        assertEquals(
                WorkType.CHAPTER,
                TaggedWorkType.of(fields, "", "Smith J. A chapter. Jones K (eds) In: ", false),
                "'In:' after the editors' bracket still opens a book");
    }

    @Test
    void of_anInInsideTheTitleIsTheTitles() {
        var fields = Map.of(
                "title", "Trends in smoking, in men and women",
                "container-title", "Tob Control",
                "volume", "8",
                "page", "1-9");
        assertEquals(
                WorkType.JOURNAL_ARTICLE,
                TaggedWorkType.of(fields, "", "Smith J. Trends in smoking, in men and women. ", false));
    }

    @Test
    void of_proceedingsNamedInPortugueseOrSpanishAreAConferencesPapers() {
        for (String container : new String[] {"Anais", "Encontro Nacional de Pesquisa", "Actas del Congreso"}) {
            var fields = Map.of("title", "Análise de citação", "container-title", container);
            assertEquals(
                    WorkType.CONFERENCE_PAPER,
                    TaggedWorkType.of(fields, "", "Araújo PC. Análise de citação. In: ", false),
                    container);
        }
        var journal = Map.of(
                "title", "Lutzomyia", "container-title", "Anais da Academia Brasileira", "volume", "8", "page", "1-9");
        assertEquals(WorkType.JOURNAL_ARTICLE, TaggedWorkType.of(journal, "", "Silva A. Lutzomyia. ", false));
    }
}
