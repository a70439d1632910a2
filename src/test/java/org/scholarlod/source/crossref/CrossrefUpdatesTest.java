package org.scholarlod.source.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.UpdateKind;
import org.scholarlod.model.WorkUpdate;
import org.scholarlod.source.Reading;
import org.scholarlod.source.catalogue.InputRecord;
import org.scholarlod.source.catalogue.Records;

/** Crossmark updates in Crossref works: {@code update-to} on notices, {@code updated-by} on the works updated. */
class CrossrefUpdatesTest {
    private static final List<Reading> READINGS = Records.walk(
                    Records.fixture("updates.jsonl").toString())
            .stream()
            .map(InputRecord::read)
            .toList();

    @Test
    void read_updatedByFromPublisherAndRetractionWatch() {
        assertEquals(
                List.of(
                        new WorkUpdate(
                                UpdateKind.RETRACTION, "10.5555/s0140-6736(20)31324-6", "2020-06-04", "publisher"),
                        new WorkUpdate(
                                UpdateKind.RETRACTION,
                                "10.5555/s0140-6736(20)31324-6",
                                "2020-06-04",
                                "retraction-watch"),
                        new WorkUpdate(
                                UpdateKind.EXPRESSION_OF_CONCERN,
                                "10.5555/s0140-6736(20)31290-6",
                                "2020-06-03",
                                "retraction-watch")),
                READINGS.get(0).article().updatedBy());
        assertEquals(List.of(), READINGS.get(0).article().updates());
    }

    @Test
    void read_updateToOfANotice() {
        assertEquals(
                List.of(new WorkUpdate(UpdateKind.RETRACTION, "10.5555/s0140-6736(20)31180-6", "2020-06-04", null)),
                READINGS.get(1).article().updates());
    }

    @Test
    void read_awkwardEntriesAreLeftOutWithAWarning() {
        Reading correction = READINGS.get(2);
        assertEquals(
                List.of(
                        new WorkUpdate(UpdateKind.CORRECTION, "10.5555/journal.pone.0299999", "2024-09-12", null),
                        new WorkUpdate(UpdateKind.EXPRESSION_OF_CONCERN, "10.5555/journal.pone.0299997", null, null)),
                correction.article().updates(),
                "a repeated entry once; a type in other case and with hyphens is still Crossref's");
        String warnings = String.join("\n", correction.warnings());
        assertTrue(
                warnings.contains("update-to[2]: update type 'reinstatement' is not one Crossref defines: left out"),
                warnings);
        assertTrue(warnings.contains("update-to[3]: an update of type 'erratum' without a DOI: left out"), warnings);
        assertTrue(warnings.contains("updates.jsonl: line 3"), warnings);
    }

    @Test
    void read_inPlaceUpdateAndAnUpdatedByThatIsNotAList() {
        Reading insitu = READINGS.get(4);
        assertEquals(
                List.of(new WorkUpdate(UpdateKind.CORRECTION, "10.5555/su12010001", "2020-03-01", null)),
                insitu.article().updates(),
                "the DOI is normalised, so an in-place update names the work itself");
        assertEquals(List.of(), insitu.article().updatedBy());
        assertTrue(
                insitu.warnings().stream()
                        .anyMatch(w -> w.endsWith("updated-by is a JSON object, not a list of updates: left out")),
                insitu.warnings().toString());
    }

    @Test
    void read_aWorkWithoutUpdatesHasNone() {
        assertEquals(List.of(), READINGS.get(3).article().updates());
        assertEquals(List.of(), READINGS.get(3).article().updatedBy());
    }
}
