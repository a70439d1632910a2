package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class TitleRunOnTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void split_aTitleRunningIntoTheJournalGivesItsLastSentenceBack() {
        CitedWork article = parser.parse("Barrett TV, Freitas RA, Albuquerque MIC, Guerrero JCH (1996) Report on a "
                + "Collection of Lutzomyia Sand Flies (Diptera: Psychodidae) from the Middle Solimões (Amazonas, "
                + "Brazil). Memórias do Instituto Oswaldo Cruz 91: 27–35.");
        assertEquals(
                "Report on a Collection of Lutzomyia Sand Flies (Diptera: Psychodidae) from the Middle Solimões "
                        + "(Amazonas, Brazil)",
                article.title());
        assertEquals("Memórias do Instituto Oswaldo Cruz", article.containerTitle());
    }

    @Test
    void split_aTitleAndAJournalOnLinesOfTheirOwnStayApart() {
        CitedWork article = parser.parse("C. Culy\nNeue und interessante Dipteren aus dem kaiserl. Museum in Wien\n"
                + "Wiener Entomologische Zeitung 26, 233 (1907).");
        assertEquals("Neue und interessante Dipteren aus dem kaiserl. Museum in Wien", article.title());
        assertEquals("Wiener Entomologische Zeitung", article.containerTitle());
    }
}
