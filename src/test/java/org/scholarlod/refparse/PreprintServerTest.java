package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.WorkType;

class PreprintServerTest {
    @Test
    void settle_aServerAsASentenceOfItsOwnIsTheContainer() {
        assertEquals(
                "«Li H|author». «Aligning sequence reads|title». «arXiv|container-title». «2013|issued».",
                settled("«Li H|author». «Aligning sequence reads|title». arXiv. «2013|issued»."));
    }

    @Test
    void settle_anIdentifiersServerStaysAsRead() {
        String identifier = "«Li H|author». «Aligning sequence reads|title». arXiv:1303.3997. «2013|issued».";
        assertEquals(identifier, settled(identifier));
        String journal = "«Li H|author». «Aligning|title». «Bioinformatics|container-title». arXiv. «2013|issued».";
        assertEquals(journal, settled(journal), "a journal found stays the container");
    }

    @Test
    void parse_aPreprintOnAServerIsAPreprintInIt() {
        CitedWork preprint = new ReferenceParser()
                .parse("Tsang E, Orlandini C, Gross CT. 2021. Induction of flight via midbrain projections to the "
                        + "cuneiform nucleus. bioRxiv. doi:10.1101/2021.12.21.473683");
        assertEquals("bioRxiv", preprint.containerTitle());
        assertEquals(WorkType.PREPRINT, preprint.type());
    }

    private static String settled(String marked) {
        return MarkedText.after(marked, PreprintServer::settle);
    }
}
