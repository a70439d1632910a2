package org.scholarlod.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.scholarlod.testing.AppJar;

/** {@code scholarlod serve} run from the built jar in its own JVM, on a free loopback port. */
final class ServerProcess implements AutoCloseable {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Process process;
    private final String endpoint;
    private final List<String> output;

    private ServerProcess(Process process, String endpoint, List<String> output) {
        this.process = process;
        this.endpoint = endpoint;
        this.output = output;
    }

    static Path jar() throws IOException {
        return AppJar.path();
    }

    /**
     * Serves on a free port with URIs minted under {@code http://localhost:3030/} unless the arguments name a
     * base, so that the tests' expected URIs do not depend on the port.
     */
    static ServerProcess start(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--base")) {
            all.addAll(0, List.of("--base", "http://localhost:3030/"));
        }
        return startAt(0, all.toArray(String[]::new));
    }

    /** Serves exactly as a user would type it, with no base added. */
    static ServerProcess startPlain(int port, String... args) throws Exception {
        return startAt(port, args);
    }

    /**
     * Serves on a free port with the store minted under {@code http://localhost:<port>/}, so that its URIs
     * dereference where they point (what a crawler following links needs).
     */
    static ServerProcess startAtOwnBase(String... args) throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> all = new ArrayList<>(List.of("--base", "http://localhost:" + port + "/"));
        all.addAll(List.of(args));
        return startAt(port, all.toArray(String[]::new));
    }

    private static ServerProcess startAt(int port, String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(AppJar.java(), "-jar", jar().toString(), "serve", "--port", Integer.toString(port)));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = reader.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.startsWith("SPARQL endpoint: ")) {
                        return line.substring("SPARQL endpoint: ".length()).strip();
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String endpoint = ready.get(120, TimeUnit.SECONDS);
        if (endpoint == null) {
            process.destroyForcibly();
            throw new IllegalStateException("serve did not start: " + output);
        }
        CompletableFuture.runAsync(() -> reader.lines().forEach(line -> {
            synchronized (output) {
                output.add(line);
            }
        }));
        return new ServerProcess(process, endpoint, output);
    }

    /** The endpoint URL as the server printed it. */
    String endpoint() {
        return endpoint;
    }

    /** The server's root URL, ending in '/'. */
    String root() {
        return endpoint.substring(0, endpoint.length() - "sparql".length());
    }

    /**
     * Sends {@code method} to {@code path} under the root with no body and, when {@code header} is not null, that
     * one header; the answer read as text.
     */
    HttpResponse<String> send(String method, String path, String header, String value)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (header != null) {
            request.header(header, value);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The processor time the server has used so far. */
    java.time.Duration cpu() {
        return process.info()
                .totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("this system does not report a process's processor time"));
    }

    /**
     * The server's heap in use, in KB, right after a full collection: {@code jcmd GC.run}, then the "used" of
     * {@code GC.heap_info}.
     */
    long heapUsedAfterGcKb() throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(process.pid()), "GC.run");
        String info = run(jcmd, Long.toString(process.pid()), "GC.heap_info");
        java.util.regex.Matcher used =
                java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info said no 'used': " + info);
        }
        return Long.parseLong(used.group(1));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            // AutoCloseable's close must not throw InterruptedException: stop the server now and keep the flag.
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
