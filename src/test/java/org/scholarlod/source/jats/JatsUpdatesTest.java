package org.scholarlod.source.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.UpdateKind;
import org.scholarlod.model.WorkUpdate;
import org.scholarlod.source.Reading;
import org.scholarlod.source.catalogue.Records;

/** Retractions and corrections in JATS: {@code related-article} links from notices and forward from works. */
class JatsUpdatesTest {
    private static final Reading NOTICE = Records.only(Path.of("src/test/resources/jats/retraction-notice.xml"));
    private static final Reading WORK = Records.only(Path.of("src/test/resources/jats/correction-links.xml"));

    @Test
    void read_aRetractionNoticeNamesTheWorksItRetracts() {
        assertEquals(
                List.of(
                        new WorkUpdate(UpdateKind.RETRACTION, "10.5555/journal.pone.0210042", "2022-06-21", null),
                        new WorkUpdate(
                                UpdateKind.PARTIAL_RETRACTION, "10.5555/journal.pone.0210043", "2022-06-21", null)),
                NOTICE.article().updates(),
                "a bare DOI and a doi.org URI alike; the date is the notice's; a companion is no update");
        assertEquals(List.of(), NOTICE.article().updatedBy());
    }

    @Test
    void read_aLinkToAPubMedIdIsLeftOutWithAWarning() {
        assertTrue(
                NOTICE.warnings().stream()
                        .anyMatch(w -> w.endsWith("related-article 'retracted-article' to pubmed '30999999', not a"
                                + " DOI: left out (only DOIs are linked)")),
                NOTICE.warnings().toString());
    }

    @Test
    void read_forwardLinksNameTheNotices() {
        assertEquals(
                List.of(new WorkUpdate(UpdateKind.CORRECTION, "10.5555/elife.77777", null, null)),
                WORK.article().updatedBy());
    }

    @Test
    void read_aNoticeLinkOutsideANoticeIsUnclearAndLeftOut() {
        assertEquals(List.of(), WORK.article().updates());
        String warnings = String.join("\n", WORK.warnings());
        assertTrue(
                warnings.contains("related-article 'corrected-article' to 10.5555/elife.88888 in an article of type"
                        + " 'research-article', not a notice: whether it updates this article or is updated by it"
                        + " is unclear: left out"),
                warnings);
        assertTrue(warnings.contains("related-article 'retraction-forward' without an xlink:href: left out"), warnings);
    }
}
