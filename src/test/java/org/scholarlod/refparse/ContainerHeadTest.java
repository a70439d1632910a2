package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class ContainerHeadTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void giveBack_aPlaceBeforeAStopAtTheJournalsHeadEndsTheTitle() {
        CitedWork article = parser.parse("Padial JM, Reichle S, McDiarmid RW, De la Riva I (2006) A new species of "
                + "arboreal toad (Anura: Bufonidae: Chaunus) from Madidi National Park, Bolivia. Zootaxa 1278: 57-58.");
        assertEquals("Zootaxa", article.containerTitle());
        assertEquals(
                "A new species of arboreal toad (Anura: Bufonidae: Chaunus) from Madidi National Park, Bolivia",
                article.title());
        CitedWork german = parser.parse("Hendel, F., 1907. Neue und interessante Dipteren aus dem kaiserl. Museum in "
                + "Wien. Wiener Entomologische Zeitung, 26: 233-235.");
        assertEquals("Wiener Entomologische Zeitung", german.containerTitle());
    }

    @Test
    void giveBack_anAbbreviatedJournalNameKeepsItsHead() {
        assertEquals(
                "Probab. Theory Related Fields",
                parser.parse("Barron, A. R., Birgé, L. and Massart, P. (1999). Risk bounds for model selection via "
                                + "penalization. Probab. Theory Related Fields 113 301-413.")
                        .containerTitle());
        assertEquals(
                "Zool. Anz",
                parser.parse("Schumacher, F. 1921. Aphidologische Notizen. Zool. Anz. 53: 181-186.")
                        .containerTitle());
        assertEquals(
                "Proceedings of the Royal Society of London. Series B",
                parser.parse("Smith J (2003) Sexual selection in birds. Proceedings of the Royal Society of London. "
                                + "Series B 270: 313-321.")
                        .containerTitle());
    }

    @Test
    void giveBack_anAbbreviationShapedLikeAWordStaysTheJournals() {
        for (String head : new String[] {"Cogn. Emotion", "Clin. Biomech", "Semin. Oncol"}) {
            String marked = "«Rolls ET|author» «1990|issued» «A theory of emotion|title». «" + head
                    + "|container-title» «4|volume», «161|page».";
            assertEquals(marked, MarkedText.after(marked, ContainerHead::giveBack));
        }
        assertEquals(
                "«Hendel F|author» «Dipteren aus dem Museum in Wien|title». «Wiener Zeitung|container-title» «26|volume»",
                MarkedText.after(
                        "«Hendel F|author» «Dipteren aus dem Museum in|title» «Wien. Wiener Zeitung|container-title» "
                                + "«26|volume»",
                        ContainerHead::giveBack));
    }
}
