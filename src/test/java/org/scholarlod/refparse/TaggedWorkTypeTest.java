package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.WorkType;

class TaggedWorkTypeTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void loneContainerIsTitle_aBookBeforeItsPublisher() {
        CitedWork book = parser.parse("Sutton SL (1980) Woodlice. Pergamon Press, Oxford, 144 pp.");
        assertEquals("Woodlice", book.title());
        assertNull(book.containerTitle());
        assertEquals("Pergamon Press", book.publisher());
        assertEquals(WorkType.BOOK, book.type());
    }

    @Test
    void containerWithPlaceIsPublisher_aBooksPublisherBeforeItsPlace() {
        CitedWork book =
                parser.parse("Kano R, Shinonaga S (1968) Calliphoridae (Insecta: Diptera). Biogeographical Society of "
                        + "Japan, Tokyo, 181 pp.");
        assertEquals("Calliphoridae (Insecta: Diptera)", book.title());
        assertNull(book.containerTitle());
        assertEquals("Biogeographical Society of Japan", book.publisher());
        assertEquals("Tokyo", book.publisherPlace());
        assertEquals(WorkType.BOOK, book.type());
        CitedWork proceedings =
                parser.parse("Kim J (2009) Fast joins. Proceedings of the 25th International Conference "
                        + "on Data Engineering, Shanghai.");
        assertEquals(
                "Proceedings of the 25th International Conference on Data Engineering", proceedings.containerTitle());
    }
}
