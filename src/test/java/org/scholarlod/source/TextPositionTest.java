package org.scholarlod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextPositionTest {
    @Test
    void toString_isHowErrorsSayIt() {
        assertEquals("line 3, column 14", new TextPosition(3, 14).toString());
    }

    @Test
    void reported_unknownIsNull() {
        assertNull(TextPosition.reported(-1, -1));
        assertNull(TextPosition.reported(4, 0));
        assertEquals(new TextPosition(4, 1), TextPosition.reported(4, 1));
    }

    @Test
    void new_refusesNumbersThatCountFromZero() {
        assertEquals(
                "line 0 is not a line number (they count from 1)",
                assertThrows(IllegalArgumentException.class, () -> new TextPosition(0, 1))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TextPosition(1, 0));
    }
}
