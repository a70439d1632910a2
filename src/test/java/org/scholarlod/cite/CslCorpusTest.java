package org.scholarlod.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.WorkType;
import org.scholarlod.refparse.ReferenceEvaluation;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.refparse.TeiCorpus;
import org.scholarlod.testing.RequiredTool;

/**
 * Every reference of GROBID's corpus dev split, as our parser reads it, formats in APA and IEEE; Chicago's notes and
 * bibliography leaves out only a few works of the less common types.
 */
class CslCorpusTest {
    private static final Path CORPUS = Path.of("../shared/data/grobid-citation/corpus");

    @Test
    void entry_everyParsedReferenceOfTheCorpus() throws IOException {
        RequiredTool.GROBID_CORPUS.require();
        ReferenceParser parser = new ReferenceParser();
        List<CitedWork> works = new ArrayList<>();
        for (Path file : ReferenceEvaluation.files(CORPUS, ReferenceEvaluation.Split.dev)) {
            for (TeiCorpus.Entry entry : TeiCorpus.read(file)) {
                CitedWork work = parser.parse(entry.raw());
                if (work != null) {
                    works.add(work);
                }
            }
        }
        assertTrue(works.size() > 800, works.size() + " references");
        for (String style : List.of("apa", "ieee")) {
            long missing = works.stream()
                    .filter(w -> CslFormatter.entry(w, CslStyle.of(style, null)).isEmpty())
                    .count();
            assertEquals(0, missing, style + " made no entry for " + missing + " works");
        }
        Map<WorkType, Integer> leftOut = new TreeMap<>();
        for (CitedWork work : works) {
            if (CslFormatter.entry(work, CslStyle.of("chicago-notes-bibliography", null))
                    .isEmpty()) {
                leftOut.merge(work.type(), 1, Integer::sum);
            }
        }
        // Chicago lists no work of CSL's generic type (document) and a few others its conditions do not reach
        // (over the whole corpus: 466, 4 conference papers and a presentation); never an article, book or chapter.
        int total = leftOut.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total < works.size() / 15, "left out: " + leftOut);
        for (WorkType common : List.of(WorkType.JOURNAL_ARTICLE, WorkType.BOOK, WorkType.CHAPTER)) {
            assertEquals(null, leftOut.get(common), "left out: " + leftOut);
        }
    }
}
