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
}
