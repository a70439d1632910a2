package org.scholarlod.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scholarlod.pipeline.ArticleSink;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.BaseUri;

/** Where published articles live: one named graph per article, the default graph their union. */
public interface ArticleStore extends AutoCloseable {

    /**
     * Replaces each article's graph, reading the articles one at a time, in one write transaction: if reading
     * or writing any of them fails, the store is left exactly as it was. Returns how many were written.
     */
    int replace(Iterator<ArticleGraph> articles);

    /**
     * Replaces a named graph that is not an article's (the links {@code scholarlod link} found, say) in one write
     * transaction; an empty graph removes it.
     */
    void putGraph(String name, Graph graph);

    /**
     * The base the stored URIs were minted under, read from the name of an article graph
     * ({@code <base>graph/article/…}), or null when the store is empty.
     */
    BaseUri mintedBase();

    /**
     * Re-mints every URI of the store that starts with {@code from} under {@code to} instead, graph names
     * included, in one write transaction (so the full-text index and the change log follow); returns how many quads
     * of the named graphs were rewritten.
     */
    long rebase(BaseUri from, BaseUri to);

    /** The number of article graphs held (other named graphs, such as link sets, are not counted). */
    long graphCount();

    /** The dataset for SPARQL, its default graph the union of the named graphs; use it inside transactions. */
    DatasetGraph dataset();

    /**
     * A sink that loads articles in transactions of a bounded number of articles, keeping {@link #progress(List)}
     * of {@code inputs} up to date after each commit when they are given; close it (after {@code finish}) to end
     * the run, abandoning the batch in progress if the run stopped early.
     */
    ArticleSink<?> loader(List<String> inputs);

    /** How far a load of {@code inputs} into this store has come. */
    LoadProgress progress(List<String> inputs);

    /**
     * The store's generation: a number every write moves on, so that what is counted from a store can say which
     * state it counted.
     */
    long generation();

    /** The number of the last patch of a {@link PatchLog} applied to or recorded from the store; 0 for none. */
    long patchVersion();

    /**
     * Applies the next patch of {@code log} after the store's {@link #patchVersion()}, in one write transaction
     * (without recording it again); returns false when there is none yet.
     */
    boolean applyNextPatch(PatchLog log);

    /** When the store was last written. */
    Instant lastModified();

    /** Where the statistics counted from the store are kept beside it. */
    Path statisticsFile();

    /**
     * Streams the store to {@code out} in one read transaction: every article graph's quads, or the union of
     * them as triples (each distinct triple once).
     */
    void export(StreamRDF out, boolean quads);

    @Override
    void close();
}
