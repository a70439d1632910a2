package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JournalAfterInitialsTest {
    @Test
    void settle_aLoneInitialAfterTheLastCommaOpensTheJournal() {
        assertEquals(
                "«A. Mielke|author», «J. Phys. A: Math. Gen.|container-title» «24|volume», «L73|page»",
                settled("«A. Mielke, J.|author» «Phys. A: Math. Gen.|container-title» «24|volume», «L73|page»"));
    }

    @Test
    void settle_anAbbreviationAndAWordOpenTheJournal() {
        assertEquals(
                "«A. Connes|author», «Compt. Rend. Hebd. Seances|container-title» «290|volume», «599|page»",
                settled("«A. Connes, Compt. Rend|author». «Hebd. Seances|container-title» «290|volume», «599|page»"));
    }

    @Test
    void settle_anInitialAndAWordStayAName() {
        String science = "«A. McCallum, E. Bach|author». «Nucl. Phys. B|container-title» «914|volume», «138|page»";
        assertEquals(science, settled(science));
        String titled = "«A. Connes, Compt. Rend|author». «On names|title». «Hebd. Seances|container-title»";
        assertEquals(titled, settled(titled), "a reference with a title lists people before it");
        String family = "«Connes A, Compt. Rend|author». «Hebd. Seances|container-title» «290|volume»";
        assertEquals(family, settled(family), "a list written family name first is not the physics style");
    }

    private static String settled(String marked) {
        return MarkedText.after(marked, JournalAfterInitials::settle);
    }
}
