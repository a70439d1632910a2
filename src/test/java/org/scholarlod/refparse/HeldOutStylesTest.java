package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.scholarlod.testing.RequiredTool;

/**
 * The regression floor on CSL styles the parser never trained on: the dev side's references rendered in the
 * held-out styles, names compared one by one and the type scored.
 */
class HeldOutStylesTest {
    static final Path CORPUS = Path.of("../shared/data/grobid-citation/corpus");
    static final Path NAMES = Path.of("../shared/data/grobid-name/corpus");

    @Test
    void heldOutStyles_reachTheFloor() throws IOException {
        RequiredTool.GROBID_CORPUS.require();
        RequiredTool.GROBID_NAME_CORPUS.require();
        ReferenceEvaluation.StyleResults results =
                ReferenceEvaluation.heldOutStyles(CORPUS, NAMES, new ReferenceParser(), false);
        assertTrue(results.all().references() > 800, results.all().references() + " references");
        assertEquals(RenderedStyles.HELD_OUT.size(), results.byStyle().size());
        assertTrue(
                results.all().exact().microF1() >= 0.94, results.all().exact().table());
        results.byStyle()
                .forEach((style, result) -> assertTrue(
                        result.exact().microF1() >= 0.88,
                        style + "\n" + result.exact().table()));
        assertTrue(
                results.all().exact().f1("type") >= 0.9, results.all().exact().table());
    }

    @Test
    void styles_noHeldOutStyleIsTrainedOn() {
        assertTrue(Collections.disjoint(RenderedStyles.TRAINING, RenderedStyles.HELD_OUT));
    }
}
