package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.WorkType;

class JournalQualifierTest {
    @Test
    void settle_aBracketedPlaceAfterTheJournalIsTheJournals() {
        assertEquals(
                "«Rees JD|author». «Tendon disorders|title». «Rheumatology (Oxford)|container-title» «2006|issued», "
                        + "«45|volume»",
                settled("«Rees JD|author». «Tendon disorders|title». «Rheumatology|container-title» («Oxford|"
                        + "publisher-place») «2006|issued», «45|volume»"));
        assertEquals(
                "«Brennan FM|author». «Arthritis|title». «Rheumatology (Oxford)|container-title». «1999|issued»;"
                        + "«38|volume»",
                settled("«Brennan FM|author». «Arthritis|title». «Rheumatology|publisher» («Oxford|publisher-place»). "
                        + "«1999|issued»;«38|volume»"),
                "read as publisher and place");
    }

    @Test
    void settle_aPublishersPlaceStays() {
        String book =
                "«Smith J|author». «Tendons|title». «Blackwell|publisher» («Oxford|publisher-place»): «2006|issued»";
        assertEquals(book, settled(book), "no volume or pages follow");
        String two = "«Smith J|author». «Tendons|title». «Blackwell|publisher» («Oxford|publisher-place») «45|volume»; "
                + "«Wiley|publisher»";
        assertEquals(two, settled(two), "another publisher stands elsewhere");
    }

    @Test
    void parse_anMdpiJournalWithItsPlace() {
        CitedWork article = new ReferenceParser()
                .parse("Abad C, Cook MM, Luo F et al (2018) A Rare De Novo RAI1 Gene Mutation. Biology (Basel) 7");
        assertEquals("Biology (Basel)", article.containerTitle());
        assertNull(article.publisherPlace());
        assertEquals(WorkType.JOURNAL_ARTICLE, article.type());
    }

    private static String settled(String marked) {
        return MarkedText.after(marked, JournalQualifier::settle);
    }
}
