package org.scholarlod.store;

import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.scholarlod.rdf.ArticleGraph;

/** An {@link ArticleStore} in a TDB2 database directory on disk. */
public final class Tdb2Store implements ArticleStore {
    private final Path directory;
    private final DatasetGraph dataset;

    private Tdb2Store(Path directory, DatasetGraph dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the database in {@code directory}. */
    public static Tdb2Store open(Path directory) {
        DatasetGraph dataset;
        try {
            dataset = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        } catch (RuntimeException e) {
            throw new StoreException(directory + ": cannot open the TDB2 database: " + e.getMessage(), e);
        }
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Tdb2Store(directory, dataset);
    }

    @Override
    public int replace(Iterator<ArticleGraph> articles) {
        dataset.begin(TxnType.WRITE);
        try {
            int count = 0;
            while (articles.hasNext()) {
                ArticleGraph article = articles.next();
                dataset.deleteAny(article.name(), Node.ANY, Node.ANY, Node.ANY);
                article.graph().find().forEachRemaining(t -> dataset.add(article.name(), t.getSubject(),
                        t.getPredicate(), t.getObject()));
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
    public String mintedBase() {
        return Txn.calculateRead(dataset, () -> {
            for (Iterator<org.apache.jena.graph.Node> names = dataset.listGraphNodes(); names.hasNext(); ) {
                String name = names.next().getURI();
                int at = name == null ? -1 : name.indexOf("graph/article/");
                if (at > 0) {
                    return name.substring(0, at);
                }
            }
            return null;
        });
    }

    @Override
    public long graphCount() {
        return Txn.calculateRead(dataset, () -> {
            long count = 0;
            for (Iterator<?> names = dataset.listGraphNodes(); names.hasNext(); names.next()) {
                count++;
            }
            return count;
        });
    }

    @Override
    public DatasetGraph dataset() {
        return dataset;
    }

    /** When the database was last written: the newest modification time of its files, in epoch milliseconds. */
    public long lastModified() {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(directory)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(file -> {
                try {
                    return java.nio.file.Files.getLastModifiedTime(file).toMillis();
                } catch (java.io.IOException e) {
                    return 0;
                }
            }).max().orElse(0);
        } catch (java.io.IOException e) {
            throw new StoreException(directory + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        // Expelling releases the directory's lock, so that another process (or a test) may open it next.
        TDBInternal.expel(dataset);
    }
}
