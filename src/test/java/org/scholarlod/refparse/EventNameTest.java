package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventNameTest {
    @Test
    void take_anEventInCapitalsAfterInIsNoEditors() {
        String marked = "«Avaliação energética|title». In: «SEMANA DE ENGENHARIA DE ENERGIAS|editor», «2|volume»., "
                + "«2019|issued». «Anais|container-title».";
        String text = MarkedText.text(marked);
        int[] labels = MarkedText.labels(marked);
        assertEquals("SEMANA DE ENGENHARIA DE ENERGIAS", EventName.take(text, Token.split(text), labels));
        assertEquals(
                "«Avaliação energética|title». In: SEMANA DE ENGENHARIA DE ENERGIAS, «2|volume»., «2019|issued». "
                        + "«Anais|container-title».",
                MarkedText.marked(text, labels));
    }

    @Test
    void take_editorsInCapitalsStayEditors() {
        for (String editors :
                List.of("«TSUTIYA, M.T.|editor» (orgs.)", "«ALEM SOBRINHO|editor»", "«JOSÉ DA SILVA|editor»")) {
            String marked = "«Impacto|title». In: " + editors + ". «Biossólidos|container-title».";
            String text = MarkedText.text(marked);
            int[] labels = MarkedText.labels(marked);
            assertNull(EventName.take(text, Token.split(text), labels), editors);
            assertEquals(marked, MarkedText.marked(text, labels));
        }
    }
}
