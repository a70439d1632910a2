package org.scholarlod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReferenceBadgesTest {
    @Test
    void strip_gluedBadgeChain() {
        assertEquals(
                "World Development, 27(9), 1693–1713.",
                ReferenceBadges.strip("World Development, 27(9), 1693–1713.CrossRefGoogle Scholar"));
    }

    @Test
    void strip_everyKnownBadge() {
        assertEquals(
                "Ann. Math. 12, 1–9.",
                ReferenceBadges.strip(
                        "Ann. Math. 12, 1–9.MathSciNetzbMATHPubMedPubMed CentralCASArticleMATHADSWeb of ScienceCrossref"));
    }

    @Test
    void strip_keepsRealWordAfterSpace() {
        assertEquals(
                "Nature Communications Research Article",
                ReferenceBadges.strip("Nature Communications Research Article"));
    }

    @Test
    void strip_gluedBadgeAfterRealWord() {
        assertEquals("In Research Article", ReferenceBadges.strip("In Research ArticleGoogle Scholar"));
    }

    @Test
    void strip_leavesTextWithoutBadges() {
        assertEquals("Retrieved June 9, 2014 from", ReferenceBadges.strip("Retrieved June 9, 2014 from"));
    }

    @Test
    void isBadgeLine_badgesOnly() {
        assertTrue(ReferenceBadges.isBadgeLine("Article  Google Scholar "));
        assertTrue(ReferenceBadges.isBadgeLine("PubMed"));
        assertFalse(ReferenceBadges.isBadgeLine("Smith, J. (2001). Article."));
        assertFalse(ReferenceBadges.isBadgeLine(""));
    }
}
