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

    @Test
    void settle_aLoneIssueAfterTheVolumeAndACommaIsThePageWhenThereAreNoPages() {
        assertEquals(
                "«Phys. Rept.|container-title» «590|volume», «1|page» («2015|issued»).",
                settled("«Phys. Rept.|container-title» «590|volume», «1|issue» («2015|issued»)."));
        String paged = "«Riv. Nuov. Cim.|container-title» «18|volume», «1|issue», «5-9|page», «1995|issued»";
        assertEquals(paged, settled(paged), "beside pages, it stays the issue");
        String bracketed = "«Phys. Rept.|container-title» «590|volume» («1|issue») («2015|issued»).";
        assertEquals(bracketed, settled(bracketed), "a bracketed number stays the issue");
    }

    @Test
    void settle_aVolumeOfTwoNumbersIsTheVolumeAndPageWhenThereAreNoPages() {
        assertEquals(
                "«Commun. Math. Phys.|container-title» «254|volume» «425|page» («2005|issued»)",
                settled("«Commun. Math. Phys.|container-title» «254 425|volume» («2005|issued»)"));
        String paged = "«Ann. Phys.|container-title» «12 3|volume», «5-9|page» («2005|issued»)";
        assertEquals(paged, settled(paged), "beside pages, the model's reading stands");
        assertEquals(
                "«2017|issued» «A&A|container-title» «597|volume» «A6|page»",
                settled("«2017|issued» «A&A|container-title» «597 A6|volume»"),
                "a page may open with a letter");
        String series = "«Phys. Rev.|container-title» «B 94|volume» («2016|issued»)";
        assertEquals(series, settled(series), "a series' letter before the number stays the volume's");
    }

    @Test
    void settle_aNumberBeforeEmptyBracketsIsTheVolume() {
        assertEquals(
                "«Nucleic Acids Res|container-title», «2022|issued». «50|volume»(): p. «W216–21|page».",
                settled("«Nucleic Acids Res|container-title», «2022|issued». «50|issue»(): p. «W216–21|page»."));
        String volume = "«Nucleic Acids Res|container-title» «12|volume», «50|issue»(): p. «W216–21|page».";
        assertEquals(volume, settled(volume), "beside a volume, the model's reading stands");
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
