package org.scholarlod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final PrintStream err = new PrintStream(PrintStream.nullOutputStream());

    @Test
    void line_knownSize_saysShareReadAndTimeLeft() {
        AtomicLong read = new AtomicLong(250);
        String line = new Progress(err, false, 1000, read::get).line(40, 2);
        assertTrue(line.startsWith("scholarlod:  25% read; 40 converted, 2 skipped, "), line);
        assertTrue(line.matches(".*records/s, about \\d+:\\d\\d left"), line);
        read.set(5000);
        assertTrue(new Progress(err, false, 1000, read::get).line(40, 2).contains("100% read"), "never past 100%");
    }

    @Test
    void line_standardInput_hasNoShareAndNoTimeLeft() {
        String line = new Progress(err, false, -1, () -> 0).line(7, 0);
        assertTrue(line.startsWith("scholarlod: 7 converted, 0 skipped, "), line);
        assertEquals(-1, line.indexOf("left"));
    }

    @Test
    void update_onATerminal_drawsABarAfterTheFirstSecond() throws InterruptedException {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        AtomicLong read = new AtomicLong(3_000_000);
        Progress progress =
                new Progress(new PrintStream(drawn, true, StandardCharsets.UTF_8), false, 10_000_000, read::get, 120);
        progress.update(10, 0);
        assertEquals(0, drawn.size(), "a run shorter than a second shows no bar");
        Thread.sleep(1_100);
        progress.update(1_234, 1);
        progress.done();
        String bar = drawn.toString(StandardCharsets.UTF_8);
        assertTrue(bar.contains("scholarlod") && bar.contains("30%") && bar.contains("3/10 MB"), bar);
        assertTrue(bar.contains("1,234 converted, 1 skipped"), bar);
    }
}
