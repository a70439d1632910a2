package org.scholarlod.store;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scholarlod.rdf.ArticleGraph;

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
    String mintedBase();

    /**
     * Re-mints every URI of the store that starts with {@code from} under {@code to} instead, graph names
     * included, in one write transaction (so the full-text index follows); returns how many quads were rewritten.
     */
    long rebase(String from, String to);

    /** The number of article graphs held (other named graphs, such as link sets, are not counted). */
    long graphCount();

    /** The dataset for SPARQL, its default graph the union of the named graphs; use it inside transactions. */
    DatasetGraph dataset();

    @Override
    void close();
}
