package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PersonName;

class SiteOwnerTest {
    @Test
    void settle_anOnlineReferencesShortFirstSentenceIsItsOwner() {
        String text = "10x Genomics. Space Ranger. 9 Oct 2022.";
        int[] labels = MarkedText.labels("«10x Genomics|title». «Space Ranger|container-title». «9 Oct 2022|issued».");
        assertTrue(SiteOwner.settle(Token.split(text), labels, true));
        assertEquals(
                "«10x Genomics|author». «Space Ranger|title». «9 Oct 2022|issued».", MarkedText.marked(text, labels));
    }

    @Test
    void settle_offlineOrAuthoredOrLongSentencesStay() {
        assertUnchanged("«10x Genomics|title». «Space Ranger|container-title». «2022|issued».", false);
        assertUnchanged("«Smith J|author». «Genomics|title». «Space Ranger|container-title». «2022|issued».", true);
        assertUnchanged(
                "«Mapping the forests of the tropics|title». «Global Forest Watch|container-title». «2022|issued».",
                true);
        assertUnchanged("«Zebrafish|title»: «a practical approach|container-title». «2002|issued».", true);
    }

    @Test
    void parse_aWebPageOwnedByACompany() {
        CitedWork page = new ReferenceParser()
                .parse("10x Genomics. Visium Spatial Gene Expression. 2022 [cited 28 Jul 2022]. Available: "
                        + "https://www.10xgenomics.com/products/spatial-gene-expression");
        assertEquals(List.of(PersonName.organisation("10x Genomics")), page.authors());
        assertEquals("Visium Spatial Gene Expression", page.title());
        assertNull(page.containerTitle());
    }

    private static void assertUnchanged(String marked, boolean online) {
        String text = MarkedText.text(marked);
        int[] labels = MarkedText.labels(marked);
        assertFalse(SiteOwner.settle(Token.split(text), labels, online), marked);
        assertEquals(marked, MarkedText.marked(text, labels));
    }
}
