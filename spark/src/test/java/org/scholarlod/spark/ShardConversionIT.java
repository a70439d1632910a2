package org.scholarlod.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.pipeline.ConversionPipeline;
import org.scholarlod.pipeline.OutputFormat;
import org.scholarlod.pipeline.PipelineOptions;
import org.scholarlod.pipeline.RdfWriterSink;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.store.ArticleStore;
import org.scholarlod.store.ArticleStores;
import org.scholarlod.store.PatchLog;
import org.scholarlod.store.SnapshotBuild;
import org.scholarlod.store.Snapshots;
import org.scholarlod.synthetic.SyntheticCatalogue;

/**
 * The Spark job in local[2] mode over three shards of a generated catalogue (one gzip JSON-lines file each, with
 * journals, people and cited works shared across shards) writes, in its part files, a dataset isomorphic to what
 * one process converting the three shards writes, and Jena's bulk loader builds a snapshot from those parts.
 */
class ShardConversionIT {
    private static final BaseUri BASE = new BaseUri("http://localhost:3030/");

    @Test
    void run_unionOfShardsEqualsOneProcess(@TempDir Path dir) throws IOException {
        SyntheticCatalogue catalogue = new SyntheticCatalogue(90, 7);
        Path shards = Files.createDirectories(dir.resolve("shards"));
        List<String> files = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            Path shard = shards.resolve("part-" + s + ".jsonl.gz");
            try (Writer out = new java.io.OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(shard)), StandardCharsets.UTF_8)) {
                for (int i = s; i < catalogue.size(); i += 3) {
                    out.write(catalogue.work(i).toString());
                    out.write('\n');
                }
            }
            files.add(shard.toString());
        }

        Path output = dir.resolve("nquads");
        SparkConf conf = new SparkConf()
                .setMaster("local[2]")
                .setAppName("ShardConversionIT")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            ShardConversion.run(spark, BASE, List.of(shards.toString()), output.toString());
        }
        DatasetGraph parts = DatasetGraphFactory.createGeneral();
        List<Path> partFiles;
        try (Stream<Path> listed = Files.list(output)) {
            partFiles = listed.filter(p -> p.getFileName().toString().matches("part-\\d+\\.gz"))
                    .toList();
        }
        assertTrue(partFiles.size() >= 2, "expected a part file per task, found " + partFiles);
        for (Path part : partFiles) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(part))) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(parts);
            }
        }

        ByteArrayOutputStream single = new ByteArrayOutputStream();
        PipelineOptions options = new PipelineOptions(BASE, true, 2, false, null, true, false, true, 0);
        new ConversionPipeline(
                        "test", options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(files, InputStream.nullInputStream(), new RdfWriterSink(OutputFormat.nquads, BASE, single));
        DatasetGraph oneProcess = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(single.toString(StandardCharsets.UTF_8), Lang.NQUADS)
                .parse(oneProcess);

        assertTrue(oneProcess.stream().count() > 10_000, "too small a catalogue to show anything");
        assertEquals(oneProcess.stream().count(), parts.stream().count());
        assertTrue(IsoMatcher.isomorphic(oneProcess, parts), "the shards' union differs from one process's output");

        // The part files are what the bulk loader takes: a snapshot built from them holds every article.
        Snapshots snapshots = Snapshots.in(dir.resolve("snapshots"));
        SnapshotBuild.fromDumps(snapshots, PatchLog.in(dir.resolve("patches")), partFiles);
        try (ArticleStore store = ArticleStores.open(snapshots.store(0))) {
            assertEquals(catalogue.size(), store.graphCount());
        }
    }
}
