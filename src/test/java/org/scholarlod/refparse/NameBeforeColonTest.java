package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameBeforeColonTest {
    @Test
    void settle_aHyphenatedLastNameBeforeTheColonIsTheLists() {
        assertEquals(
                "«Serafini T, Skarnes WC|author», «Tessier-Lavigne M|author»: «Netrin-1 is required|title». "
                        + "«Cell|container-title»",
                settled("«Serafini T, Skarnes WC|author», «Tessier-Lavigne M: Netrin-1 is required|title». "
                        + "«Cell|container-title»"));
        assertEquals(
                "«Wynn-Parry CB|author»: «Pain in avulsion lesions|title». «Pain|container-title»",
                settled("«Wynn-Parry CB: Pain in avulsion lesions|title». «Pain|container-title»"));
    }

    @Test
    void settle_initialsLeftBeforeTheColonAreTheLastNames() {
        assertEquals(
                "«Iqbal K, Grundke-Iqbal I|author»: «Developing therapies|title». «Cell Mol Life Sci|container-title»",
                settled("«Iqbal K, Grundke-Iqbal|author» «I: Developing therapies|title». "
                        + "«Cell Mol Life Sci|container-title»"));
    }

    @Test
    void settle_aTitlesOwnColonStaysTheTitles() {
        String initialsFirst = "«M.-Y. Kan, J. Kim|author», «The Pixel-TPC: A Feasibility Study|title», «2015|issued»";
        assertEquals(initialsFirst, settled(initialsFirst), "after a list written initials first");
        String species = "«Garzoni C|author» «Staphylococcus aureus: new evidence|title». «Trends|container-title»";
        assertEquals(species, settled(species));
        String lone = "«Smith J|author», «Physics|title»";
        assertEquals(lone, settled(lone), "a one-word title at the end");
    }

    private static String settled(String marked) {
        return MarkedText.after(marked, NameBeforeColon::settle);
    }
}
