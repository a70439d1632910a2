package org.scholarlod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.scholarlod.rdf.ArticleMapper;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.Namespaces;
import org.scholarlod.rdf.UriMinter;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.source.ArticleReader;
import org.scholarlod.source.BundledSeed;
import org.scholarlod.store.ArticleStore;
import org.scholarlod.store.ArticleStores;
import org.scholarlod.store.FileTrees;
import org.scholarlod.web.ServerSettings;
import org.scholarlod.web.SparqlServer;
import org.scholarlod.web.StatisticsFile;

/**
 * Dereferencing against the same server's bare SPARQL {@code DESCRIBE} of the same URIs, in one run: median
 * latency of sequential requests, and throughput with 8 concurrent clients.
 */
final class WebBench {
    private static final List<String> PATHS = List.of(
            "id/article/10.1007/s10551-014-2373-7",
            "id/person/joonkoo-lee",
            "id/org/duke-university",
            "id/work/porter-1998-98c5f8b6",
            "id/concept/governance",
            "id/journal/journal-of-business-ethics");
    private static final int CLIENTS = 8;

    private final HttpClient client = HttpClient.newHttpClient();
    private final int seconds;
    private final PrintStream out;

    WebBench(int seconds, PrintStream out) {
        this.seconds = seconds;
        this.out = out;
    }

    /**
     * Dereferencing against DESCRIBE on an existing store (a catalogue): the first {@code articles} catalogue
     * articles in the store's order, each as Turtle, JSON-LD and HTML; the store is only read.
     */
    void run(Path db, int articles) throws Exception {
        try (ArticleStore store = ArticleStores.open(db)) {
            BaseUri base = store.mintedBase() == null ? Defaults.BASE_URI : store.mintedBase();
            List<String> paths = Txn.calculateRead(store.dataset(), () -> {
                List<String> found = new ArrayList<>();
                QueryExec.dataset(store.dataset())
                        .query(Namespaces.sparql("foaf")
                                + "SELECT ?a WHERE { GRAPH ?g { ?g foaf:primaryTopic ?a } } LIMIT " + articles)
                        .select()
                        .forEachRemaining(
                                row -> found.add(base.path(row.get("a").getURI())));
                return found;
            });
            out.printf("dereferencing %d articles of %s (%,d article graphs)%n", paths.size(), db, store.graphCount());
            ServerSettings settings = ServerSettings.builder(0, base, store.lastModified())
                    .statistics(new StatisticsFile(store.statisticsFile(), store.generation()))
                    .build();
            try (SparqlServer server = SparqlServer.start(store.dataset(), settings)) {
                compare("http://localhost:" + server.port() + "/", base, paths);
            }
        }
    }

    private void compare(String root, BaseUri base, List<String> paths) throws Exception {
        List<HttpRequest> describe = new ArrayList<>();
        for (String path : paths) {
            describe.add(HttpRequest.newBuilder(URI.create(root + "sparql?query="
                            + URLEncoder.encode("DESCRIBE <" + base.resolve(path) + ">", StandardCharsets.UTF_8)))
                    .header("Accept", "text/turtle")
                    .build());
        }
        Figures baseline = measure(describe);
        report("bare DESCRIBE via /sparql (Turtle)", baseline, null);
        for (String accept : new String[] {"text/turtle", "application/ld+json", "text/html"}) {
            List<HttpRequest> requests = new ArrayList<>();
            for (String path : paths) {
                requests.add(HttpRequest.newBuilder(URI.create(root + path))
                        .header("Accept", accept)
                        .build());
            }
            report("dereferencing as " + accept, measure(requests), baseline);
        }
    }

    void run() throws Exception {
        Path dir = Files.createTempDirectory("scholarlod-bench");
        try (ArticleStore store = ArticleStores.open(dir.resolve("tdb2"))) {
            store.replace(List.of(new ArticleMapper(new UriMinter(Defaults.BASE_URI))
                            .map(new ReferenceParser()
                                    .parseReferences(BundledSeed.read(new ArticleReader())
                                            .article())))
                    .iterator());
            try (SparqlServer server = SparqlServer.start(
                    store.dataset(), ServerSettings.of(0, Defaults.BASE_URI, store.lastModified()))) {
                String root = "http://localhost:" + server.port() + "/";
                compare(root, Defaults.BASE_URI, PATHS);
                dumps(root, store);
            }
        } finally {
            FileTrees.delete(dir);
        }
    }

    /** The N-Triples dump over HTTP against Jena writing the same triples to gzip in the same process. */
    private void dumps(String root, ArticleStore store) throws Exception {
        long triples = Txn.calculateRead(
                store.dataset(), () -> (long) store.dataset().getUnionGraph().size());
        double baseline = repeat(() -> {
                    try (GZIPOutputStream gzip = new GZIPOutputStream(OutputStream.nullOutputStream(), 1 << 16)) {
                        StreamRDF writer = StreamRDFWriter.getWriterStream(gzip, RDFFormat.NTRIPLES);
                        writer.start();
                        Txn.executeRead(
                                store.dataset(),
                                () -> store.dataset().getUnionGraph().find().forEachRemaining(writer::triple));
                        writer.finish();
                    }
                })
                * triples;
        HttpRequest dump = HttpRequest.newBuilder(URI.create(root + "dump/scholarlod.nt.gz"))
                .build();
        double ours = repeat(() -> send(dump)) * triples;
        out.printf(
                Locale.ROOT,
                "%-45s %12.0f triples/s%n  baseline: Jena writing them to gzip in-process %14.0f "
                        + "triples/s%n  ratio (ours / baseline) %35.3f%n",
                "dumping the store (gzip'd N-Triples over HTTP)",
                ours,
                baseline,
                ours / baseline);
    }

    private interface Task {
        void run() throws Exception;
    }

    /** Runs per second, after as long again of warm-up. */
    private double repeat(Task task) throws Exception {
        long warmUntil = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            task.run();
        }
        long begin = System.nanoTime();
        long end = begin + seconds * 1_000_000_000L;
        long runs = 0;
        while (System.nanoTime() < end) {
            task.run();
            runs++;
        }
        return runs / ((System.nanoTime() - begin) / 1e9);
    }

    private record Figures(double p50Millis, double perSecond) {}

    private Figures measure(List<HttpRequest> requests) throws Exception {
        long warmUntil = System.nanoTime() + seconds * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < warmUntil; i++) {
            send(requests.get(i % requests.size()));
        }
        List<Long> latencies = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < end; i++) {
            long start = System.nanoTime();
            send(requests.get(i % requests.size()));
            latencies.add(System.nanoTime() - start);
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = sorted[sorted.length / 2] / 1e6;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicLong done = new AtomicLong();
        long stop = System.nanoTime() + seconds * 1_000_000_000L;
        long begin = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            clients.add(pool.submit(() -> {
                for (int i = offset; System.nanoTime() < stop; i++) {
                    send(requests.get(i % requests.size()));
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        return new Figures(p50, done.get() / ((System.nanoTime() - begin) / 1e9));
    }

    private void send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
    }

    private void report(String what, Figures figures, Figures baseline) {
        out.printf(
                Locale.ROOT,
                "%-45s p50 %7.2f ms %9.0f requests/s (%d clients)%s%n",
                what,
                figures.p50Millis,
                figures.perSecond,
                CLIENTS,
                baseline == null
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "   latency %.2fx, throughput %.2fx of DESCRIBE",
                                figures.p50Millis / baseline.p50Millis,
                                figures.perSecond / baseline.perSecond));
    }
}
