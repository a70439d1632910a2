package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class SeriesInBracketsTest {
    @Test
    void settle_aSeriesInBracketsAfterTheImprintIsTheCollection() {
        assertEquals(
                "«Corretivos da acidez|title». «São Paulo|publisher-place»: «ANDA|publisher». («Boletim "
                        + "Técnico|collection-title», 6).",
                settled("«Corretivos da acidez|title». «São Paulo|publisher-place»: «ANDA|volume». («Boletim "
                        + "Técnico|publisher», «6|volume»)."));
    }

    @Test
    void settle_bracketsWithAPublisherBeforeThemStayAsRead() {
        String published = "«Corretivos|title». «São Paulo|publisher-place»: «ANDA|publisher». («Boletim|publisher»).";
        assertEquals(published, settled(published));
        String noStop = "«Corretivos|title». «São Paulo|publisher-place»: «ANDA|volume» («Boletim|publisher»).";
        assertEquals(noStop, settled(noStop), "brackets not after a stop are no series");
    }

    @Test
    void parse_aBookWithASeriesInBracketsNamesItsPublisher() {
        CitedWork book = new ReferenceParser()
                .parse("ALCARDE, J.C. (1992) Corretivos da acidez dos solos: características e interpretações "
                        + "técnicas. São Paulo: ANDA. (Boletim Técnico, 6).");
        assertEquals("ANDA", book.publisher());
        assertEquals("São Paulo", book.publisherPlace());
    }

    private static String settled(String marked) {
        return MarkedText.after(marked, SeriesInBrackets::settle);
    }
}
