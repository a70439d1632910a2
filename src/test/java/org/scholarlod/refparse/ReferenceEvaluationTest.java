package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.WorkType;

class ReferenceEvaluationTest {
    private static final String TEXT = "Anton AM, Connor HE (1995) Floral biology and reproduction in Poa. Australian "
            + "Journal of Botany 43(6): 577-599.";

    private static CitedWork tagged(WorkType type) {
        return CitedWork.builder(type)
                .authors(List.of(new PersonName("Anton", "AM", null, null), new PersonName("Connor", "HE", null, null)))
                .issued("1995")
                .title("Floral biology and reproduction in Poa")
                .containerTitle("Australian Journal of Botany")
                .volume("43")
                .issue("6")
                .page(PageRange.parse("577-599"))
                .build();
    }

    @Test
    void evaluateTagged_typeTaggedIsScored() {
        var result = ReferenceEvaluation.evaluateTagged(
                List.of(new ReferenceEvaluation.Tagged(TEXT, tagged(WorkType.JOURNAL_ARTICLE), Set.of())),
                1,
                new ReferenceParser());

        assertEquals(1.0, result.exact().f1("type"));
        assertEquals(1.0, result.exact().microF1());
    }

    @Test
    void evaluateTagged_typeTheTagsDoNotNameIsNotScored() {
        var result = ReferenceEvaluation.evaluateTagged(
                List.of(new ReferenceEvaluation.Tagged(TEXT, tagged(WorkType.OTHER), Set.of())),
                1,
                new ReferenceParser());

        assertEquals(1.0, result.exact().microF1(), result.exact().table());
    }
}
