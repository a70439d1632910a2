package org.scholarlod.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;
import org.scholarlod.pipeline.ArticleSink;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.Foaf;

/** An {@link ArticleStore} in a TDB2 database directory on disk. */
public final class Tdb2Store implements ArticleStore {
    /** The Lucene full-text index lives beside the TDB2 files, in this folder of the database directory. */
    static final String TEXT_INDEX = "text-index";
    /** The statistics counted after the last load, beside the database files. */
    public static final String STATISTICS = "scholarlod-statistics.nt";

    private final Path directory;
    /** The TDB2 database itself, which the store's patch version is written to without being recorded. */
    private final DatasetGraph raw;
    /** The database as writes reach it: {@link #raw}, or it wrapped in the recording of patches. */
    private final DatasetGraph tdb;

    private final DatasetGraph dataset;
    private final PatchRecorder recorder;

    private Tdb2Store(
            Path directory, DatasetGraph raw, DatasetGraph tdb, DatasetGraph dataset, PatchRecorder recorder) {
        this.directory = directory;
        this.raw = raw;
        this.tdb = tdb;
        this.dataset = dataset;
        this.recorder = recorder;
    }

    /**
     * Opens (creating if needed) the database in {@code directory}, with its full-text index of titles,
     * names, abstracts and keywords ({@code text:query} in SPARQL), kept in step by every write.
     */
    public static Tdb2Store open(Path directory) {
        return open(directory, null);
    }

    /**
     * Opens the database as {@link #open(Path)} does; with a {@code log}, every write transaction committed on it
     * is recorded in that log as an RDF Patch (see {@link PatchRecorder}).
     */
    public static Tdb2Store open(Path directory, PatchLog log) {
        DatasetGraph tdb;
        try {
            tdb = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        } catch (RuntimeException e) {
            throw new StoreException(directory + ": cannot open the TDB2 database: " + e.getMessage(), e);
        }
        try {
            StoreIntegrity.check(directory, tdb);
        } catch (StoreException e) {
            TDBInternal.expel(tdb);
            throw e;
        }
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        PatchRecorder recorder = log == null ? null : new PatchRecorder(log, tdb);
        if (log != null) {
            log.markWriter(directory);
        }
        DatasetGraph written = recorder == null ? tdb : new RecordingDataset(tdb, recorder);
        try {
            DatasetGraph text = TextDatasetFactory.createLucene(
                    written, FSDirectory.open(directory.resolve(TEXT_INDEX)), TextIndexDefinition.config());
            return new Tdb2Store(directory, tdb, written, text, recorder);
        } catch (IOException | RuntimeException e) {
            TDBInternal.expel(tdb);
            throw new StoreException(directory + ": cannot open the full-text index: " + e.getMessage(), e);
        }
    }

    /**
     * The store's generation: a number every write through this class moves on, kept in the store's own default
     * graph (which the union default graph that queries see leaves out), so that what is counted from a store
     * can say which state it counted.
     */
    @Override
    public long generation() {
        return Txn.calculateRead(tdb, () -> StoreGeneration.of(tdb));
    }

    @Override
    public long patchVersion() {
        return Txn.calculateRead(raw, () -> PatchVersion.of(raw));
    }

    @Override
    public boolean applyNextPatch(PatchLog log) {
        boolean[] applied = {false};
        Runnable replay = () -> applied[0] = PatchReplay.next(dataset, raw, log);
        if (recorder == null) {
            replay.run();
        } else {
            recorder.replaying(replay);
        }
        return applied[0];
    }

    @Override
    public int replace(Iterator<ArticleGraph> articles) {
        dataset.begin(TxnType.WRITE);
        try {
            StoreGeneration.next(tdb);
            ChangeLog changes = new ChangeLog(tdb);
            int count = 0;
            while (articles.hasNext()) {
                HashedLayout hashed = HashedLayout.of(articles.next());
                changes.record(hashed);
                LaidOutWrite.replace(dataset, hashed.layout());
                count++;
            }
            dataset.commit();
            return count;
        } catch (RuntimeException e) {
            dataset.abort();
            throw e;
        } finally {
            dataset.end();
        }
    }

    @Override
    public ArticleSink<?> loader(List<String> inputs) {
        return new BatchedLoad(
                dataset, tdb, BatchedLoad.ARTICLES_PER_TRANSACTION, inputs.isEmpty() ? null : progress(inputs));
    }

    @Override
    public LoadProgress progress(List<String> inputs) {
        return new LoadProgress(directory, inputs);
    }

    @Override
    public void putGraph(String name, Graph graph) {
        Node node = NodeFactory.createURI(name);
        Txn.executeWrite(dataset, () -> {
            StoreGeneration.next(tdb);
            dataset.deleteAny(node, Node.ANY, Node.ANY, Node.ANY);
            graph.find().forEachRemaining(t -> dataset.add(node, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    @Override
    public long rebase(BaseUri from, BaseUri to) {
        return Txn.calculateWrite(dataset, () -> {
            StoreGeneration.next(tdb);
            long moved = 0;
            List<Node> graphs = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(graphs::add);
            for (Node graph : graphs) {
                List<Quad> quads = new ArrayList<>();
                dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                if (!startsWith(graph, from)
                        && quads.stream()
                                .noneMatch(q -> startsWith(q.getSubject(), from)
                                        || startsWith(q.getPredicate(), from)
                                        || startsWith(q.getObject(), from))) {
                    continue;
                }
                dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : quads) {
                    dataset.add(
                            moved(graph, from, to),
                            moved(q.getSubject(), from, to),
                            moved(q.getPredicate(), from, to),
                            moved(q.getObject(), from, to));
                }
                moved += quads.size();
            }
            // The change log names articles too; it is the store's own record, not counted as quads moved.
            ChangeLog.move(tdb, node -> moved(node, from, to));
            return moved;
        });
    }

    private static boolean startsWith(Node node, BaseUri base) {
        return node.isURI() && base.contains(node.getURI());
    }

    private static Node moved(Node node, BaseUri from, BaseUri to) {
        return startsWith(node, from) ? NodeFactory.createURI(to.resolve(from.path(node.getURI()))) : node;
    }

    @Override
    public BaseUri mintedBase() {
        return Txn.calculateRead(dataset, () -> {
            for (Iterator<Node> names = articleGraphs(); names.hasNext(); ) {
                String name = names.next().getURI();
                int at = name == null ? -1 : name.indexOf("graph/article/");
                if (at > 0) {
                    return new BaseUri(name.substring(0, at));
                }
            }
            return null;
        });
    }

    @Override
    public long graphCount() {
        return Txn.calculateRead(dataset, () -> {
            long count = 0;
            for (Iterator<Node> names = articleGraphs(); names.hasNext(); names.next()) {
                count++;
            }
            return count;
        });
    }

    /**
     * The article graphs, found by the {@code foaf:primaryTopic} each says of itself: listing every graph name
     * would scan the whole store, which holds many shared graphs per article.
     */
    private Iterator<Node> articleGraphs() {
        return org.apache.jena.atlas.iterator.Iter.iter(dataset.find(Node.ANY, Node.ANY, Foaf.primaryTopic, Node.ANY))
                .filter(q -> q.getGraph().equals(q.getSubject())
                        && q.getGraph().isURI()
                        && q.getGraph().getURI().contains("/graph/article/"))
                .map(Quad::getGraph)
                .distinct();
    }

    @Override
    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * Streams the store to {@code out} in one read transaction: every article graph's quads, or the union of
     * them as triples (each distinct triple once); the store's own default graph is left out.
     */
    @Override
    public void export(StreamRDF out, boolean quads) {
        export(dataset, out, quads);
    }

    /** {@link #export(StreamRDF, boolean)} of any dataset, for the server's dump download. */
    public static void export(DatasetGraph dataset, StreamRDF out, boolean quads) {
        out.start();
        Txn.executeRead(dataset, () -> {
            if (quads) {
                dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::quad);
            } else {
                dataset.getUnionGraph().find().forEachRemaining(out::triple);
            }
        });
        out.finish();
    }

    /** When the database was last written: the newest modification time of its files. */
    @Override
    public Instant lastModified() {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(directory)) {
            return files
                    .filter(java.nio.file.Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return java.nio.file.Files.getLastModifiedTime(file).toMillis();
                        } catch (java.io.IOException e) {
                            return 0;
                        }
                    })
                    .max()
                    .stream()
                    .mapToObj(Instant::ofEpochMilli)
                    .findFirst()
                    .orElse(Instant.EPOCH);
        } catch (IOException e) {
            throw new StoreException(directory + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public Path statisticsFile() {
        return directory.resolve(STATISTICS);
    }

    @Override
    public void close() {
        // Closing releases the index's lock and expelling the database's, so that another process may open them.
        dataset.close();
        TDBInternal.expel(raw);
    }
}
