package org.scholarlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import org.apache.jena.atlas.RuntimeIOException;
import org.junit.jupiter.api.Test;

/** Error lines that depend on what lies beneath the exception a command threw. */
class ErrorReporterTest {
    @Test
    void noSpace_foundUnderTheWrappersTdb2Adds() {
        // The shape of TDB2's failure when its node table cannot grow: the operating system's words two levels down.
        RuntimeException e = new IllegalStateException(
                "NodeTableThrift/Write", new RuntimeIOException(new IOException("No space left on device")));
        assertEquals(
                "no space left on device (No space left on device); " + ErrorReporter.NO_SPACE_ADVICE,
                ErrorReporter.noSpace(e));
    }

    @Test
    void noSpace_nullForOtherFailures() {
        assertNull(ErrorReporter.noSpace(new RuntimeIOException(new IOException("Permission denied"))));
        assertNull(ErrorReporter.noSpace(new IllegalStateException((String) null)));
    }
}
