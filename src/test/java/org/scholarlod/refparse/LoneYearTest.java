package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class LoneYearTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void settle_aYearStandingAloneIsTheDate() {
        CitedWork preprint = parser.parse(
                "Li H. Aligning sequence reads, clone sequences and assembly contigs with BWA-MEM. arXiv. " + "2013.");
        assertEquals("2013", preprint.issued());
    }

    @Test
    void settle_aYearEndingTheJournalsNameBeforeTheVolumeIsTheDate() {
        CitedWork article = parser.parse("Martin, M., Cutadapt removes adapter sequences from high-throughput "
                + "sequencing reads. EMBnet.journal 2011. 17(1): p. 3.");
        assertEquals("2011", article.issued());
        assertEquals("EMBnet.journal", article.containerTitle());
    }

    @Test
    void settle_anArxivNumberIsNoYear() {
        String marked = "«Dong X|author». «Entropy and the equations of motion|title». arXiv:1705.04345.";
        assertEquals(marked, MarkedText.after(marked, LoneYear::settle));
    }
}
