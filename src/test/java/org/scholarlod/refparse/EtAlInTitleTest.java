package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class EtAlInTitleTest {
    @Test
    void settle_aTitleEndingInEtAlIsTheAuthorListsEnd() {
        assertEquals(
                "«Xu Jun, Wolter Hermann, Zhang Yingxun etal|author» .,«Phys .Rev .C|container-title» ,«93|volume»",
                settled("«Xu Jun, Wolter Hermann|author», «Zhang Yingxun etal|title» .,«Phys .Rev .C|container-title» "
                        + ",«93|volume»"));
        assertEquals(
                "«Xu J, Zhang Y et al|author». «Phys Rev C|container-title»",
                settled("«Xu J|author», «Zhang Y et al|title». «Phys Rev C|container-title»"));
    }

    @Test
    void settle_aTitleThatOnlyMentionsEtAlStays() {
        String longer =
                "«Xu J|author», «On the works of Smith, Jones, Brown et al|title». «Phys Rev C|container-title»";
        assertEquals(longer, settled(longer));
        String inside = "«Xu J|author», «Smith et al revisited|title». «Phys Rev C|container-title»";
        assertEquals(inside, settled(inside));
    }

    @Test
    void parse_aGluedEtAlEndsTheList() {
        CitedWork article = new ReferenceParser()
                .parse(
                        "Xu Jun, Chen Lie-Wen, Tsang ManYee Betty, Wolter Hermann, Zhang Yingxun etal .,Phys .Rev .C ,93 "
                                + "( 2016)044609 .");
        assertNull(article.title());
        assertEquals("Phys .Rev .C", article.containerTitle());
        String words = article.authors().stream()
                .map(name -> name.given() + " " + name.family())
                .collect(Collectors.joining(" "));
        assertTrue(words.contains("Zhang") && words.contains("Yingxun"), words);
        assertFalse(words.contains("etal"), words);
    }

    private static String settled(String marked) {
        return MarkedText.after(marked, EtAlInTitle::settle);
    }
}
