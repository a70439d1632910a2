package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.scholarlod.testing.RequiredTool;

/** The bar on GROBID's corpus: field-level micro-F1 of at least 0.92 on the dev split (every fifth file). */
class ReferenceParserDevSetTest {
    static final Path CORPUS = Path.of("../shared/data/grobid-citation/corpus");

    @Test
    void evaluate_devSplitReachesTheBar() throws IOException {
        RequiredTool.GROBID_CORPUS.require();
        ReferenceEvaluation.Result dev = ReferenceEvaluation.evaluate(
                ReferenceEvaluation.files(CORPUS, ReferenceEvaluation.Split.dev), new ReferenceParser());
        assertTrue(dev.references() > 800, "dev split has " + dev.references() + " references");
        assertTrue(dev.exact().microF1() >= 0.92, dev.exact().table());
        assertTrue(dev.soft().microF1() >= dev.exact().microF1(), dev.soft().table());
    }
}
