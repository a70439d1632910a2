package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.WorkType;

class InitialledNameTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void rejoin_aNameInThePublisherOrTheTitleIsNoEditor() {
        CitedWork book = parser.parse(
                "PESSOTTI, I. Deficiência mental: da superstição à ciência. São Paulo: T. A. Queiroz. 1984.");
        assertEquals(WorkType.BOOK, book.type());
        assertEquals("T. A. Queiroz", book.publisher());
        assertEquals(List.of(), book.editors());
        CitedWork titled =
                parser.parse("Dias EO. A teoria do amadurecimento de D. W. Winnicott. 3. ed. São Paulo: DWW; 2017.");
        assertEquals("A teoria do amadurecimento de D. W. Winnicott", titled.title());
        assertNull(titled.containerTitle());
        assertEquals(List.of(PersonName.person("Dias", "EO")), titled.authors(), "the list's stop is no initial's");
    }
}
