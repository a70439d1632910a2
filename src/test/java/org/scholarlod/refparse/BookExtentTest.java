package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class BookExtentTest {
    @Test
    void leaveOut_aNumberBeforePIsTheWorksExtent() {
        assertEquals(
                "«Leguminosas da Caatinga|title». «Universidade Estadual|publisher», 467 p.",
                leftOut("«Leguminosas da Caatinga|title». «Universidade Estadual|publisher», «467 p|page»."));
        assertEquals(
                "«Entre o sujeito e o seu discurso|title». 202p. Tese.",
                leftOut("«Entre o sujeito e o seu discurso|title». «202|page»p. Tese."));
    }

    @Test
    void leaveOut_aVolumeThatPCloses() {
        assertEquals(
                "«Leguminosas de cobertura|title». «Turrialba|publisher», Costa Rica. 85p.",
                leftOut("«Leguminosas de cobertura|title». «Turrialba|publisher», Costa Rica. «85|volume»p."));
        String cited = "«Rev Bras Zool|container-title», Vol «12|volume» p. «34-56|page».";
        assertEquals(cited, leftOut(cited), "a number after the p. makes it a volume and its pages");
    }

    @Test
    void leaveOut_pagesCitedStay() {
        String marked = "«Surf. Interface Anal.|container-title», vol. «15|volume», p. «26S|page», «1990|issued».";
        assertEquals(marked, leftOut(marked));
        String range = "«Nature|container-title» «4|volume», «12-15|page» (2001).";
        assertEquals(range, leftOut(range));
    }

    private static String leftOut(String marked) {
        return MarkedText.after(marked, BookExtent::leaveOut);
    }

    @Test
    void parse_anAuthorDateBooksExtentIsNoPartOfItsPublisher() {
        CitedWork book = new ReferenceParser()
                .parse(
                        "ANDREOLI, C.V. (1999) Uso e manejo do lodo de esgoto na agricultura. Rio de Janeiro: Abes. 97 p.");
        assertEquals("Abes", book.publisher());
        assertEquals("Rio de Janeiro", book.publisherPlace());
    }
}
