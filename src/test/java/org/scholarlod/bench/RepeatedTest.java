package org.scholarlod.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedTest {
    private static StageRun.Cost cost(double wall, double cpu, long rssKb, long heapMb) {
        return new StageRun.Cost("load", wall, cpu, rssKb, heapMb);
    }

    @Test
    void summary_oddRuns_takesTheMiddleTimesAndTheLargestMemory() {
        Repeated runs = new Repeated(List.of(cost(30, 9, 100, 50), cost(10, 7, 300, 20), cost(20, 8, 200, 90)));
        assertEquals(cost(20, 8, 300, 90), runs.summary());
        assertEquals("10.0–30.0", runs.spread());
    }

    @Test
    void summary_evenRuns_averagesTheTwoMiddleTimes() {
        Repeated runs =
                new Repeated(List.of(cost(40, 4, 1, 1), cost(10, 1, 1, 1), cost(20, 2, 1, 1), cost(30, 3, 1, 1)));
        assertEquals(25, runs.summary().wallSeconds());
        assertEquals(2.5, runs.summary().cpuSeconds());
    }

    @Test
    void spread_oneRun_isEmpty() {
        assertEquals("", new Repeated(List.of(cost(1, 1, 1, 1))).spread());
    }

    @Test
    void new_noRuns_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Repeated(List.of()));
    }
}
