package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.WorkType;

class ComparableFieldsTest {
    @Test
    void ofWorkByName_anArticleNumberIsComparedAsThePageItStandsFor() {
        CitedWork asElocation =
                CitedWork.builder(WorkType.JOURNAL_ARTICLE).number("e34821").build();
        CitedWork asPage = CitedWork.builder(WorkType.JOURNAL_ARTICLE)
                .page(new PageRange("e34821", null))
                .build();
        Map<String, String> gold = ComparableFields.ofWorkByName(asElocation);
        assertEquals("e34821", gold.get("page"));
        assertEquals(gold, ComparableFields.ofWorkByName(asPage));
    }

    @Test
    void ofWorkByName_aReportNumberOrANumberBesidePagesStaysANumber() {
        CitedWork report =
                CitedWork.builder(WorkType.REPORT).number("CERN-2012-007").build();
        assertEquals("CERN-2012-007", ComparableFields.ofWorkByName(report).get("number"));
        CitedWork paged = CitedWork.builder(WorkType.JOURNAL_ARTICLE)
                .number("12")
                .page(new PageRange("3", "9"))
                .build();
        assertEquals("12", ComparableFields.ofWorkByName(paged).get("number"));
        assertEquals("3-9", ComparableFields.ofWorkByName(paged).get("page"));
    }

    @Test
    void ofWorkByName_aRangeEndingOnItsFirstPageIsThatPage() {
        CitedWork tagged = CitedWork.builder(WorkType.JOURNAL_ARTICLE)
                .page(new PageRange("2849", "2849"))
                .build();
        assertEquals("2849", ComparableFields.ofWorkByName(tagged).get("page"), "SciELO's fpage 2849, lpage 2849");
    }
}
