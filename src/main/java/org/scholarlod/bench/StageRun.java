package org.scholarlod.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stage run as a child JVM with a capped heap: its wall and processor time, its peak resident memory (read
 * from {@code /proc}, where there is one) and its peak heap (the largest occupancy its GC log shows).
 */
final class StageRun {
    private static final Pattern GC_OCCUPANCY = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");
    private static final long TICKS_PER_SECOND = 100;

    private final String heap;
    private final Path work;

    StageRun(String heap, Path work) {
        this.heap = heap;
        this.work = work;
    }

    /** Where the last stage's standard output and error went. */
    Path output() {
        return work.resolve("stage.log");
    }

    /** What one run cost; {@code -1} where the figure cannot be read on this system. */
    record Cost(String stage, double wallSeconds, double cpuSeconds, long peakRssKb, long peakHeapMb) {}

    /** Runs {@code mainClass} with {@code args} on this program's class path; a non-zero exit is an error. */
    Cost run(String stage, String mainClass, String... args) throws IOException, InterruptedException {
        Path gcLog = work.resolve("gc-" + stage.replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        Path output = output();
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-Xmx" + heap,
                "-Xlog:gc:file=" + gcLog,
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        flushWrites();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        long rss = -1;
        double cpu = -1;
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        while (!process.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            rss = Math.max(rss, peakRss(proc));
            cpu = Math.max(cpu, cpuSeconds(proc));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    stage + " failed with exit code " + process.exitValue() + ": " + tail(output));
        }
        return new Cost(stage, wall, cpu, rss, peakHeap(gcLog));
    }

    /**
     * Writes out what earlier stages left in the page cache, where there is a {@code sync}: writing it back while
     * a stage runs throttles that stage's own writes (a 2.7 GB conversion took 46 s instead of 28 s so).
     */
    private static void flushWrites() throws InterruptedException {
        try {
            new ProcessBuilder("sync")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            // No sync on this system: the stage runs with whatever is still being written.
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The resident-set high-water mark, in KB; it only grows, so the last read before the exit is the peak. */
    private static long peakRss(Path proc) {
        try {
            for (String line : Files.readAllLines(proc.resolve("status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between two reads, or this system has no /proc.
        }
        return -1;
    }

    private static double cpuSeconds(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command name: state is field 3 of stat(5), utime 14 and stime 15.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long peakHeap(Path gcLog) throws IOException {
        long peak = -1;
        if (Files.exists(gcLog)) {
            Matcher m = GC_OCCUPANCY.matcher(Files.readString(gcLog));
            while (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak;
    }

    private static String tail(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output);
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
