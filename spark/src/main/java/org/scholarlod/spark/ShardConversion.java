package org.scholarlod.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.scholarlod.pipeline.ConversionPipeline;
import org.scholarlod.pipeline.OutputFormat;
import org.scholarlod.pipeline.PipelineOptions;
import org.scholarlod.pipeline.RdfWriterSink;
import org.scholarlod.rdf.BaseUri;

/**
 * The conversion pipeline as a Spark job: each catalogue shard (a Crossref data-file slice, a JSON-lines file, any
 * input {@code convert} reads) is converted by one task, exactly as {@code convert --format nquads} converts it,
 * and the N-Quads are written as gzip part files that {@code snapshot --from-dump} (Jena's bulk loader) takes.
 * Records are independent and URIs are minted from identifiers, so shards need no coordination: the union of the
 * parts is what one process converting every shard writes.
 */
public final class ShardConversion {
    private ShardConversion() {}

    /** {@code spark-submit … scholarlod-spark-job.jar BASE OUTPUT INPUT…}: INPUTs are paths or globs Spark reads. */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: ShardConversion BASE_URI OUTPUT_DIR INPUT…");
            System.exit(2);
        }
        try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("scholarlod shard conversion"))) {
            run(spark, new BaseUri(args[0]), List.of(args).subList(2, args.length), args[1]);
        }
    }

    /** Converts every shard named by {@code inputs} into N-Quads part files under {@code output}. */
    public static void run(JavaSparkContext spark, BaseUri base, List<String> inputs, String output) {
        String minted = base.value();
        JavaPairRDD<String, PortableDataStream> shards = spark.binaryFiles(String.join(",", inputs));
        // Spark packs small files into one partition; a shard is a unit of work, so each gets its own task.
        shards.repartition((int) Math.max(1, shards.count()))
                .flatMap(shard -> convert(minted, shard._1(), shard._2()))
                .saveAsTextFile(output, GzipCodec.class);
    }

    /**
     * One shard's N-Quads, line by line: the shard is copied to a local file under its own name (so that its
     * format is recognised as {@code convert} recognises it), converted on this task's one thread into a local
     * file, and read back lazily, the files removed once read.
     */
    static Iterator<String> convert(String base, String name, PortableDataStream data) throws IOException {
        Path work = Files.createTempDirectory("scholarlod-shard");
        Path shard = work.resolve(
                Path.of(java.net.URI.create(name).getPath()).getFileName().toString());
        try (InputStream in = data.open()) {
            Files.copy(in, shard);
        }
        Path nquads = work.resolve("shard.nq");
        PipelineOptions options = new PipelineOptions(new BaseUri(base), true, 1, false, null, true, false, true, 0);
        try (OutputStream out = Files.newOutputStream(nquads);
                PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8)) {
            new ConversionPipeline("scholarlod-spark", options, err)
                    .run(
                            List.of(shard.toString()),
                            InputStream.nullInputStream(),
                            new RdfWriterSink(OutputFormat.nquads, new BaseUri(base), out));
        }
        Files.delete(shard);
        return new Lines(work, nquads);
    }

    /** The lines of a local file, the folder it is in removed after the last. */
    private static final class Lines implements Iterator<String> {
        private final Path folder;
        private final Path file;
        private final BufferedReader reader;
        private String next;

        Lines(Path folder, Path file) throws IOException {
            this.folder = folder;
            this.file = file;
            this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            advance();
        }

        private void advance() {
            try {
                next = reader.readLine();
                if (next == null) {
                    reader.close();
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(folder);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public String next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            String line = next;
            advance();
            return line;
        }
    }
}
