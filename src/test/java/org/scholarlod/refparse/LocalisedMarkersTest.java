package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LocalisedMarkersTest {
    private static CslRenderer.Rendering rendering(String marked) {
        return new CslRenderer.Rendering("test", MarkedText.text(marked), MarkedText.segments(marked), null);
    }

    @Test
    void localise_issueInBracketsTakesAMarkerAndTheBracketsGo() {
        CslRenderer.Rendering vancouver =
                rendering("«Alfa|container-title». «2012|issued»;«56|volume»(«2|issue»):«371-401|page».");
        Pattern localised = Pattern.compile("Alfa\\. 2012, (\\S+) 56, (\\S+) 2, (\\S+) 371-401\\.");
        Set<String> volumeMarkers = new HashSet<>();
        Random random = new Random(1);
        for (int i = 0; i < 50; i++) {
            CslRenderer.Rendering result = LocalisedMarkers.localise(vancouver, random);
            Matcher matcher = localised.matcher(result.text());
            assertTrue(matcher.matches(), result.text());
            volumeMarkers.add(matcher.group(1));
            assertEquals(
                    List.of(
                            "container-title",
                            "other",
                            "issued",
                            "other",
                            "volume",
                            "other",
                            "issue",
                            "other",
                            "page",
                            "other"),
                    result.segments().stream().map(TeiCorpus.Segment::label).toList());
            assertEquals("56", result.segments().get(4).text());
        }
        assertTrue(volumeMarkers.containsAll(Set.of("v.", "vol.", "Bd.")), volumeMarkers.toString());
    }

    @Test
    void localise_englishMarkerIsReplaced() {
        CslRenderer.Rendering iso =
                rendering("«Mind|container-title». «1956|issued». Vol. «65|volume», p. «289-311|page»");
        String text = LocalisedMarkers.localise(iso, new Random(3)).text();
        assertTrue(text.matches("Mind\\. 1956\\. \\S+ 65, \\S+ 289-311"), text);
        assertTrue(!text.contains("Vol.") || text.contains("vol."), text);
    }

    @Test
    void localise_bracketClosingSomethingElseLeavesTheRenderingAsItIs() {
        CslRenderer.Rendering physics =
                rendering("«Phys. Rev. (|container-title»«1978|issued») «201|volume», «450|page»");
        assertSame(physics, LocalisedMarkers.localise(physics, new Random(1)));
        CslRenderer.Rendering noNumbers = rendering("«Title|title». «2001|issued»");
        assertSame(noNumbers, LocalisedMarkers.localise(noNumbers, new Random(1)));
    }
}
