package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class ContainerRunsTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void join_aJournalsNameSplitAtItsCommaIsOneName() {
        CitedWork series = parser.parse("Caruso D (1973) Isopodi terrestri delle Isole Eolie ed Egadi. Lavori della "
                + "Società italiana di Biogeografia, Nuova Serie 3: 1-12.");
        assertEquals("Isopodi terrestri delle Isole Eolie ed Egadi", series.title());
        assertEquals("Lavori della Società italiana di Biogeografia, Nuova Serie", series.containerTitle());
        CitedWork university = parser.parse("Duellman WE (1970) The hylid frogs of Middle America. Monographs of the "
                + "Museum of Natural History, The University of Kansas 1: 1-753.");
        assertEquals("The hylid frogs of Middle America", university.title());
        assertEquals(
                "Monographs of the Museum of Natural History, The University of Kansas", university.containerTitle());
    }

    @Test
    void join_aTitlesLastSentenceBeforeTheCommaOpensTheJournalInAStopStyle() {
        assertEquals(
                "«Maas PJM|author». «1999|issued». «Studies in Annonaceae. Monograph of Duguetia|title». «Botanische "
                        + "Jahrbücher für Systematik, Pflanzengeschichte|container-title» «121|volume»: «465-489|page».",
                joined("«Maas PJM|author». «1999|issued». «Studies in Annonaceae. Monograph of Duguetia. Botanische "
                        + "Jahrbücher für Systematik|title», «Pflanzengeschichte|container-title» «121|volume»: "
                        + "«465-489|page»."));
        String commas = "«L.D. Faddeev, L.A. Takhtajan|author», «Quantum inverse problem. I|title», «Theor. Math. "
                + "Phys.|container-title» «40|volume» («1979|issued»)";
        assertEquals(commas, joined(commas), "a style that parts its fields with commas keeps its title");
        String initial = "«Pellegrin F|author». «1920|issued». «Plantes récoltées par M. Le Testu|title», "
                + "«Bulletin|container-title» «26|volume»";
        assertEquals(initial, joined(initial), "an initial's stop ends no sentence");
    }

    private static String joined(String marked) {
        return MarkedText.after(marked, ContainerRuns::join);
    }
}
