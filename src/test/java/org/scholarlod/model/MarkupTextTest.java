package org.scholarlod.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkupTextTest {
    @Test
    void inline_markupEntitiesControlsAndSpaces() {
        assertEquals("Growth of E. coli in H2O", MarkupText.inline("Growth of <i>E. coli</i> in H<sub>2</sub>O"));
        assertEquals(
                "Smith & Jones – a “study”", MarkupText.inline("Smith &amp; Jones &ndash; a &#8220;study&#x201D;"));
        assertEquals("a b c", MarkupText.inline("  a\u00A0\tb\n\u0007c  "));
        assertEquals("plain title", MarkupText.inline("plain title"));
        assertNull(MarkupText.inline("<jats:p> </jats:p>"));
        assertNull(MarkupText.inline(""));
    }

    @Test
    void alreadyInline_onlyWhereTheRulesWouldChangeNothing() {
        assertTrue(MarkupText.alreadyInline("Zur Soziologie des Rechts — ein Überblick"));
        for (String changed : new String[] {
            "", " a", "a ", "a  b", "a\tb", "a\u00A0b", "a\u2003b", "x &amp; y", "<b>x</b>", "a\u0085b", "a\u0000b"
        }) {
            assertFalse(MarkupText.alreadyInline(changed), changed);
        }
        Random random = new Random(7);
        int unchanged = 0;
        String alphabet = "ab <>&;#x1 \t\n\u00A0\u2003\u0085\u0007é–𝔘i/";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.appendCodePoint(alphabet.codePointAt(
                        alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String s = text.toString();
            if (MarkupText.alreadyInline(s)) {
                assertEquals(s, MarkupText.inlineByRules(s), "'" + s + "'");
                unchanged++;
            }
        }
        assertTrue(unchanged > 1000, unchanged + " texts were already inline");
    }
}
