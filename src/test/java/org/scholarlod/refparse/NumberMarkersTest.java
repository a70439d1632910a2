package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class NumberMarkersTest {
    @Test
    void settle_aSecondVolumeAfterAnIssueMarkerIsTheIssue() {
        assertEquals(
                "«Investigación Bibliotecológica|container-title», v. «33|volume», n. «81|issue», p. «111-134|page».",
                settled("«Investigación Bibliotecológica|container-title», v. «33|volume», n. «81|volume», p. "
                        + "«111-134|page»."));
        String alone = "«Rev Bras|container-title», n. «81|volume», p. «111-134|page».";
        assertEquals(alone, settled(alone), "with no volume before it, the model's reading stands");
    }

    @Test
    void settle_anIdentifierHoldingNoneContinuesTheFieldBeforeIt() {
        assertEquals("«11-34|page», «jul./dez. 2013|issued».", settled("«11-34|page», «jul.|issued»«/dez. 2013|DOI»."));
        String address = "«Cad Saude|container-title». «www.scielo.br/x|URL».";
        assertEquals(address, settled(address));
    }

    @Test
    void settle_aYearRightAfterTheVolumeIsThePageWhenAnotherYearFollows() {
        assertEquals(
                "«J. Chem. Phys.|container-title» «38|volume», «2042|page» («1963|issued»).",
                settled("«J. Chem. Phys.|container-title» «38|volume», «2042|issued» («1963|issued»)."));
        String only = "«Nature|container-title» «38|volume», «1963|issued».";
        assertEquals(only, settled(only), "the only year stays the year");
    }

    private static String settled(String marked) {
        return MarkedText.after(marked, NumberMarkers::settle);
    }

    @Test
    void settle_pagesInBracketsAfterTheVolumeAreTheIssue() {
        CitedWork article = new ReferenceParser()
                .parse("Nakata S, Maa TC (1974) A review of the parasitic earwigs (Dermaptera: Arixeniina; "
                        + "Hemimerina). Pacific Insects 16 (2–3):307-374.");
        assertEquals("16", article.volume());
        assertEquals("2–3", article.issue());
        assertEquals("307", article.page().first());
        assertEquals("374", article.page().last());
    }
}
