package org.scholarlod.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.scholarlod.testing.AppJar;
import org.scholarlod.testing.RequiredTool;

/**
 * {@code deploy/local/run} as a user starts it: a writer, two replicas and HAProxy with the repo's configuration on
 * loopback. Under a mixed read load one replica is killed and restarted and the other drained and restarted with no
 * failed request; ten updates on the writer reach every replica, whose stores end isomorphic to the writer's; a
 * snapshot rolled forward while the writer runs is where a replica started late begins; SIGTERM stops everything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalDeploymentIT {
    private static final String ARTICLE = "/id/article/10.1007/s10551-014-2373-7";
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private static Path state;
    private static int port;
    private static Process run;
    private static Balancer http;

    @BeforeAll
    static void start() throws Exception {
        RequiredTool.HAPROXY.require();
        state = Files.createTempDirectory("scholarlod-local");
        port = FreePorts.range(6);
        run = new ProcessBuilder(
                        "deploy/local/run",
                        "--replicas",
                        "2",
                        "--port",
                        Integer.toString(port),
                        "--state",
                        state.toString(),
                        "--rate-limit",
                        "1000000")
                .redirectErrorStream(true)
                .redirectOutput(
                        state.resolveSibling(state.getFileName() + ".out").toFile())
                .start();
        http = new Balancer(port);
        Path out = state.resolveSibling(state.getFileName() + ".out");
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (!Files.readString(out).contains("ScholarLOD balancer: http://localhost:" + port + "/")) {
            if (!run.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("deploy/local/run did not start: " + Files.readString(out));
            }
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopAnything() throws IOException {
        if (run != null && run.isAlive()) {
            run.destroyForcibly();
        }
        try (var pids = Files.list(state.resolve("pids"))) {
            for (Path pid : pids.toList()) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()))
                        .ifPresent(ProcessHandle::destroyForcibly);
            }
        } catch (IOException | NumberFormatException ignored) {
            // nothing left to stop
        }
    }

    @Test
    @Order(1)
    void balancer_cachesPagesNamesReplicasAndKeepsMonitoringOnLoopback() throws Exception {
        var first = http.get(ARTICLE, "text/turtle");
        var second = http.get(ARTICLE, "text/turtle");
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains("Gereffi"), first.body());
        assertTrue(
                second.headers().firstValue("Age").isPresent(), "the second request was not answered from the cache");
        assertEquals(first.body(), second.body());
        assertTrue(
                Set.of("replica-1", "replica-2").contains(Balancer.replica(first)),
                first.headers().toString());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                304, http.get(ARTICLE, "text/turtle", "If-None-Match", etag).statusCode());
        assertEquals(404, http.get("/$/metrics", "*/*").statusCode(), "the replicas' metrics reached a client");

        String metrics = Balancer.at(port + 2).get("/$/metrics", "*/*").body();
        assertTrue(metrics.contains("scholarlod_store_version{"), metrics);
        assertTrue(metrics.contains("fuseki_requests{"), metrics);
        assertTrue(metrics.contains("scholarlod_http_requests_seconds_count{"), metrics);
        assertEquals(200, Balancer.at(port + 4).get("/", "text/html").statusCode(), "no statistics page");
        assertTrue(Balancer.at(port + 4).get("/metrics", "*/*").body().contains("haproxy_backend_active_servers"));
        String access = Files.readString(state.resolve("logs/replica-1-access.log"))
                + Files.readString(state.resolve("logs/replica-2-access.log"));
        assertTrue(
                access.matches("(?s).*127\\.0\\.0\\.1 - - \\[[^]]+\\] \"GET " + ARTICLE.replace(".", "\\.")
                        + "\\?format=ttl HTTP/1\\.1\" 200 \\d+ \"[^\"]*\" \"[^\"]*\".*"),
                access);
    }

    /** A request that failed at the client: when, what, and whether its response was cut after it had begun. */
    private record Failure(long at, String what, boolean cutInFlight) {}

    @Test
    @Order(2)
    void killedAndDrainedReplicas_noRequestFailsAtTheClient() throws Exception {
        List<Failure> failures = new CopyOnWriteArrayList<>();
        Set<String> replicas = ConcurrentHashMap.newKeySet();
        AtomicInteger requests = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        int threads = 4;
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                for (int i = 0; running.get() && i < 100_000; i++) {
                    String what = MixedReads.describe(thread, i);
                    try {
                        var response = MixedReads.send(http, thread, i);
                        requests.incrementAndGet();
                        response.headers().firstValue("X-ScholarLOD-Replica").ifPresent(replicas::add);
                        if (response.statusCode() != 200 && response.statusCode() != 304) {
                            failures.add(new Failure(
                                    System.nanoTime(),
                                    what + ": " + response.statusCode() + " " + response.body(),
                                    false));
                        }
                    } catch (IOException e) {
                        // The answer had begun (headers, a first chunk) when its replica died: no proxy can resend it.
                        boolean cut = String.valueOf(e.getMessage()).contains("chunked transfer encoding")
                                || String.valueOf(e.getMessage()).contains("fixed content-length");
                        failures.add(new Failure(System.nanoTime(), what + ": " + e, cut));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            worker.start();
            load.add(worker);
        }
        Thread.sleep(2_000);
        long killed = System.nanoTime();
        ProcessHandle.of(pid("replica-1")).orElseThrow().destroyForcibly();
        Thread.sleep(2_000);
        restart("replica-1", port + 2);
        ProcessHandle drained = ProcessHandle.of(pid("replica-2")).orElseThrow();
        drained.destroy();
        drained.onExit().get(60, TimeUnit.SECONDS);
        restart("replica-2", port + 3);
        Thread.sleep(2_000);
        running.set(false);
        for (Thread thread : load) {
            thread.join(Duration.ofSeconds(60).toMillis());
        }
        // SIGKILL can cut an answer that was already streaming to the client: at most one per client thread, at
        // the moment of the kill. Everything else (refused connections, the drained replica, restarts) must be
        // invisible to the client.
        List<Failure> cut = failures.stream()
                .filter(f -> f.cutInFlight()
                        && Math.abs(f.at() - killed) < Duration.ofSeconds(1).toNanos())
                .toList();
        List<Failure> others = failures.stream().filter(f -> !cut.contains(f)).toList();
        assertEquals(List.of(), others, others.size() + " of " + requests.get() + " requests failed");
        assertTrue(cut.size() <= threads, cut.size() + " answers cut by the kill: " + cut);
        assertTrue(requests.get() > 100, "only " + requests.get() + " requests were made");
        assertEquals(Set.of("replica-1", "replica-2"), replicas);
    }

    @Test
    @Order(3)
    void tenUpdates_everyReplicaConvergesToTheWritersStore() throws Exception {
        Balancer writer = Balancer.at(port + 1);
        for (int i = 1; i <= 10; i++) {
            var done =
                    writer.update("INSERT DATA { GRAPH <http://localhost:" + port + "/graph/test/" + i + "> { <http://"
                            + "localhost:" + port + "/id/test/" + i + "> <http://purl.org/dc/terms/title> \"Update " + i
                            + "\" } }");
            assertEquals(204, done.statusCode(), done.body());
        }
        long head = Balancer.version(writer.get("/$/ready", "text/plain"));
        assertTrue(head >= 10, "writer at version " + head);
        for (int replica : List.of(port + 2, port + 3)) {
            Balancer.at(replica).awaitVersion(head, Duration.ofSeconds(30));
            assertTrue(Dumps.isomorphic(writer, Balancer.at(replica)), "replica on " + replica + " differs");
        }
        var read = http.query("SELECT ?t { ?s <http://purl.org/dc/terms/title> ?t FILTER(STRSTARTS(?t, 'Update ')) }");
        assertEquals(10, read.body().split("\"Update ").length - 1, read.body());
    }

    @Test
    @Order(4)
    void lateReplica_catchesUpBeforeItIsReady() throws Exception {
        Balancer writer = Balancer.at(port + 1);
        long head = Balancer.version(writer.get("/$/ready", "text/plain"));
        // A snapshot rolled forward while the writer runs: the late replica starts from it, at the head.
        Process snapshot = new ProcessBuilder(
                        AppJar.java(),
                        "-jar",
                        AppJar.path().toString(),
                        "snapshot",
                        "--snapshots",
                        state.resolve("snapshots").toString(),
                        "--patch-log",
                        state.resolve("patches").toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(snapshot.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(snapshot.waitFor(120, TimeUnit.SECONDS) && snapshot.exitValue() == 0, said);
        assertTrue(Files.isDirectory(state.resolve("snapshots").resolve(String.format("%012d", head))), said);
        restart("replica-late", port + 5);
        assertTrue(Files.readString(state.resolve("logs/replica-late.log")).contains("starts from snapshot " + head));
        Balancer late = Balancer.at(port + 5);
        assertEquals(head, Balancer.version(late.get("/$/ready", "text/plain")));
        assertTrue(Dumps.isomorphic(writer, late), "the late replica differs from the writer");
        ProcessHandle.of(pid("replica-late")).orElseThrow().destroy();
    }

    @Test
    @Order(5)
    void sigterm_stopsEveryProcess() throws Exception {
        List<Long> pids = new ArrayList<>();
        for (String name : List.of("writer", "replica-1", "replica-2", "haproxy")) {
            pids.add(pid(name));
        }
        run.destroy();
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "deploy/local/run did not stop within a minute");
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " lives");
        }
        try (var left = Files.list(state.resolve("pids"))) {
            assertEquals(List.of(), left.toList());
        }
    }

    private static long pid(String name) throws IOException {
        return Long.parseLong(
                Files.readString(state.resolve("pids/" + name + ".pid")).trim());
    }

    /** Starts a replica with the script the run left, and waits until it says it is ready. */
    private static void restart(String name, int replicaPort) throws Exception {
        Process started = new ProcessBuilder(
                        state.resolve("bin/replica").toString(), name, Integer.toString(replicaPort))
                .redirectErrorStream(true)
                .start();
        assertTrue(started.waitFor(30, TimeUnit.SECONDS) && started.exitValue() == 0, "bin/replica failed");
        Balancer.at(replicaPort).awaitReady(READY_WITHIN);
        if (name.matches("replica-\\d")) {
            awaitUpInBalancer(name);
        }
    }

    /**
     * Waits until HAProxy has seen {@code name} ready twice and sends it requests again (its statistics, as CSV):
     * stopping another replica before that would leave the balancer with none.
     */
    private static void awaitUpInBalancer(String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String row = "";
        while (System.nanoTime() < deadline) {
            String csv = Balancer.at(port + 4).get("/;csv", "text/csv").body();
            row = csv.lines()
                    .filter(l -> l.startsWith("replicas," + name + ","))
                    .findFirst()
                    .orElse("");
            if (row.contains(",UP,")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " was not up in HAProxy within 30 s: " + row);
    }
}
