package org.scholarlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.rdf.ArticleMapper;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.UriMinter;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.source.ArticleReader;
import org.scholarlod.source.BundledSeed;

/**
 * A writer records every committed transaction as an RDF Patch, and a copy of a snapshot that applies the log's
 * patches reaches the writer's store exactly: real TDB2 stores, real patch files.
 */
class PatchLogIT {
    private static final String INSERT = "INSERT DATA { GRAPH <http://example.org/g%1$d> { "
            + "<http://example.org/w%1$d> <http://purl.org/dc/terms/title> \"Replicated title %1$d\" } }";

    @TempDir
    Path dir;

    private Snapshots seeded(PatchLog log) {
        Path build = dir.resolve("build");
        try (ArticleStore store = Tdb2Store.open(build)) {
            var seed = new ArticleMapper(new UriMinter(new BaseUri("http://localhost:3030/")))
                    .map(new ReferenceParser()
                            .parseReferences(
                                    BundledSeed.read(new ArticleReader()).article()));
            store.replace(List.of(seed).iterator());
        }
        Snapshots snapshots = Snapshots.in(dir.resolve("snapshots"));
        SnapshotBuild.fromStore(snapshots, log, build);
        return snapshots;
    }

    @Test
    void applyNextPatch_replicaReachesTheWritersStoreAndItsTextIndex() {
        PatchLog log = PatchLog.in(dir.resolve("patches"));
        Snapshots snapshots = seeded(log);
        snapshots.copyLatestTo(dir.resolve("writer"));
        snapshots.copyLatestTo(dir.resolve("replica"));
        try (ArticleStore writer = ArticleStores.recording(dir.resolve("writer"), log);
                ArticleStore replica = ArticleStores.open(dir.resolve("replica"))) {
            for (int i = 1; i <= 3; i++) {
                update(writer.dataset(), INSERT.formatted(i));
            }
            update(writer.dataset(), "DELETE WHERE { GRAPH <http://example.org/g2> { ?s ?p ?o } }");
            assertEquals(4, log.head());
            assertEquals(4, writer.patchVersion());

            int applied = 0;
            while (replica.applyNextPatch(log)) {
                applied++;
            }
            assertEquals(4, applied);
            assertEquals(4, replica.patchVersion());
            assertFalse(replica.applyNextPatch(log), "a patch applied twice");
            assertTrue(isomorphic(writer.dataset(), replica.dataset()), "replica differs from the writer");
            assertEquals(List.of("http://example.org/w3"), titled(replica.dataset(), "\"Replicated title 3\""));
            assertEquals(List.of(), titled(replica.dataset(), "\"Replicated title 2\""));
        }
    }

    @Test
    void record_abortedOrEmptyTransactionLeavesNoPatch() throws java.io.IOException {
        PatchLog log = PatchLog.in(dir.resolve("patches"));
        seeded(log).copyLatestTo(dir.resolve("writer"));
        try (ArticleStore writer = ArticleStores.recording(dir.resolve("writer"), log)) {
            DatasetGraph dataset = writer.dataset();
            dataset.begin(TxnType.WRITE);
            UpdateExec.dataset(dataset).update(INSERT.formatted(1)).execute();
            dataset.abort();
            dataset.end();
            Txn.executeWrite(dataset, () -> {});
            update(dataset, "DELETE WHERE { GRAPH <http://example.org/none> { ?s ?p ?o } }");
            assertEquals(0, log.head());
            try (Stream<Path> files = Files.list(log.folder())) {
                assertEquals(0, files.count(), "pending files left in the log");
            }
        }
        StoreException unrecorded =
                assertThrows(StoreException.class, () -> ArticleStores.openForWriting(dir.resolve("writer")));
        assertTrue(unrecorded.getMessage().contains("--record-patches"), unrecorded.getMessage());
    }

    @Test
    void applyNextPatch_logOfAnotherHistoryIsRefused() {
        PatchLog log = PatchLog.in(dir.resolve("patches"));
        Snapshots snapshots = seeded(log);
        for (String copy : List.of("writer", "other-writer", "replica")) {
            snapshots.copyLatestTo(dir.resolve(copy));
        }
        PatchLog other = PatchLog.in(dir.resolve("other"));
        try (ArticleStore writer = ArticleStores.recording(dir.resolve("writer"), log);
                ArticleStore otherWriter = ArticleStores.recording(dir.resolve("other-writer"), other)) {
            update(writer.dataset(), INSERT.formatted(1));
            update(otherWriter.dataset(), INSERT.formatted(7));
            update(otherWriter.dataset(), INSERT.formatted(8));
        }
        try (ArticleStore replica = ArticleStores.open(dir.resolve("replica"))) {
            assertTrue(replica.applyNextPatch(log));
            StoreException refused = assertThrows(StoreException.class, () -> replica.applyNextPatch(other));
            assertTrue(refused.getMessage().contains("does not continue"), refused.getMessage());
            assertEquals(1, replica.patchVersion());
            assertEquals(List.of(), titled(replica.dataset(), "\"Replicated title 8\""));
        }
    }

    @Test
    void rollForward_snapshotAtTheHeadEqualsTheWriter() {
        PatchLog log = PatchLog.in(dir.resolve("patches"));
        Snapshots snapshots = seeded(log);
        snapshots.copyLatestTo(dir.resolve("writer"));
        try (ArticleStore writer = ArticleStores.recording(dir.resolve("writer"), log)) {
            update(writer.dataset(), INSERT.formatted(1));
            update(writer.dataset(), INSERT.formatted(2));
            assertEquals(2, SnapshotBuild.rollForward(snapshots, log));
            assertEquals(2, SnapshotBuild.rollForward(snapshots, log), "nothing new gives the same snapshot");
            assertEquals(List.of(0L, 2L), snapshots.versions());
            snapshots.copyLatestTo(dir.resolve("replica"));
            try (ArticleStore replica = ArticleStores.open(dir.resolve("replica"))) {
                assertEquals(2, replica.patchVersion());
                assertTrue(isomorphic(writer.dataset(), replica.dataset()));
            }
        }
    }

    @Test
    void fromDumps_snapshotHoldsTheDumpWithItsTextIndex() throws java.io.IOException {
        PatchLog log = PatchLog.in(dir.resolve("patches"));
        Path build = seeded(PatchLog.in(dir.resolve("unused"))).store(0);
        Path dump = dir.resolve("seed.nq.gz");
        try (ArticleStore store = ArticleStores.open(build);
                var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dump))) {
            org.apache.jena.riot.system.StreamRDF writer = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(
                    out, org.apache.jena.riot.RDFFormat.NQUADS);
            store.export(writer, true);
        }
        Snapshots snapshots = Snapshots.in(dir.resolve("from-dump"));
        SnapshotBuild.fromDumps(snapshots, log, List.of(dump));
        try (ArticleStore copy = ArticleStores.open(snapshots.store(0))) {
            assertEquals(1, copy.graphCount());
            assertFalse(titled(copy.dataset(), "Gereffi").isEmpty(), "no full-text hits in the snapshot");
        }
    }

    @Test
    void fromStore_withoutTextIndexGetsOneBuilt() throws java.io.IOException {
        Path source = seeded(PatchLog.in(dir.resolve("unused"))).store(0);
        Path bare = dir.resolve("bare");
        Snapshots.copy(source, bare);
        FileTrees.delete(bare.resolve(Tdb2Store.TEXT_INDEX));
        Snapshots snapshots = Snapshots.in(dir.resolve("from-bare"));
        SnapshotBuild.fromStore(snapshots, PatchLog.in(dir.resolve("patches")), bare);
        try (ArticleStore copy = ArticleStores.open(snapshots.store(0))) {
            assertFalse(titled(copy.dataset(), "Gereffi").isEmpty(), "no full-text hits in the snapshot");
        }
    }

    private static void update(DatasetGraph dataset, String update) {
        Txn.executeWrite(
                dataset, () -> UpdateExec.dataset(dataset).update(update).execute());
    }

    private static boolean isomorphic(DatasetGraph a, DatasetGraph b) {
        DatasetGraph copyA = DatasetGraphFactory.createGeneral();
        DatasetGraph copyB = DatasetGraphFactory.createGeneral();
        Txn.executeRead(a, () -> a.find().forEachRemaining(copyA::add));
        Txn.executeRead(b, () -> b.find().forEachRemaining(copyB::add));
        return IsoMatcher.isomorphic(copyA, copyB);
    }

    private static List<String> titled(DatasetGraph dataset, String phrase) {
        return Txn.calculateRead(dataset, () -> {
            List<String> found = new ArrayList<>();
            QueryExec.dataset(dataset)
                    .query("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query '" + phrase + "' }")
                    .select()
                    .forEachRemaining(row -> found.add(row.get("s").getURI()));
            return found;
        });
    }
}
