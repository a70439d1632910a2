package org.scholarlod.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The runs of one stage, summarised as a shared machine needs: the median wall and processor time, the largest peak
 * heap and resident memory of any run, and the spread of wall times.
 */
record Repeated(List<StageRun.Cost> runs) {
    Repeated {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("runs: at least one run is needed");
        }
        runs = List.copyOf(runs);
    }

    /** The median of each time and the peak of each memory figure, under the stage's name. */
    StageRun.Cost summary() {
        StageRun.Cost first = runs.get(0);
        return new StageRun.Cost(
                first.stage(),
                median(StageRun.Cost::wallSeconds),
                median(StageRun.Cost::cpuSeconds),
                runs.stream().mapToLong(StageRun.Cost::peakRssKb).max().orElse(-1),
                runs.stream().mapToLong(StageRun.Cost::peakHeapMb).max().orElse(-1));
    }

    /** The fastest and slowest wall times, as {@code 12.3–14.0}, or empty for a single run. */
    String spread() {
        if (runs.size() == 1) {
            return "";
        }
        double min = runs.stream().mapToDouble(StageRun.Cost::wallSeconds).min().orElseThrow();
        double max = runs.stream().mapToDouble(StageRun.Cost::wallSeconds).max().orElseThrow();
        return String.format(Locale.ROOT, "%.1f–%.1f", min, max);
    }

    private double median(ToDoubleFunction<StageRun.Cost> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
