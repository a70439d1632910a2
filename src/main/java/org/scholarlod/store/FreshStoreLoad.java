package org.scholarlod.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.scholarlod.pipeline.ArticleSink;
import org.scholarlod.pipeline.RecentNames;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.ArticleLayout;
import org.scholarlod.rdf.SharedPart;

/**
 * Builds a new store through Jena's TDB2 bulk loader, in a staging folder beside the database directory that is
 * renamed into place only when the load and its full-text index are complete: a load stopped at any moment
 * leaves no store, never part of one. Run it again (there is nothing to resume) or load with transactions.
 */
public final class FreshStoreLoad implements ArticleSink<HashedLayout> {
    private static final String STAGING = ".loading-";

    private final Path target;
    private final Path staging;
    private final DatasetGraph tdb;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final RecentNames written = new RecentNames(RecentNames.CAPACITY);
    private final ChangeLog changes;
    private boolean loaded;
    private boolean published;

    private FreshStoreLoad(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
        this.tdb = DatabaseMgr.connectDatasetGraph(Location.create(staging));
        // Jena's sequential loader keeps no queues of parsed batches: under -Xmx512m it loads 12.7 M quads where
        // the phased and parallel loaders run out of heap.
        this.loader = LoaderFactory.sequentialLoader(tdb, (format, args) -> {});
        loader.startBulk();
        this.stream = loader.stream();
        stream.triple(StoreGeneration.triple(1));
        this.changes = new ChangeLog(Graph.emptyGraph, 1);
    }

    /**
     * Whether {@code directory} holds no store yet (it is missing or empty), so that a load may build it with
     * {@link #into(Path)}.
     */
    public static boolean isNew(Path directory) {
        if (!Files.isDirectory(directory)) {
            return !Files.exists(directory);
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException(directory + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Starts building the store that will be {@code directory} (which must be {@linkplain #isNew new}); staging
     * folders that stopped loads left behind are removed first.
     */
    public static FreshStoreLoad into(Path directory) {
        Path target = directory.toAbsolutePath().normalize();
        if (!isNew(target)) {
            throw new StoreException(directory + ": already holds a store; a bulk load only builds a new one", null);
        }
        removeStopped(target);
        Path staging = target.resolveSibling(
                target.getFileName() + STAGING + ProcessHandle.current().pid());
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new StoreException(staging + ": cannot be created: " + e.getMessage(), e);
        }
        return new FreshStoreLoad(target, staging);
    }

    /** Whether a load into {@code directory} was stopped before it ended (its staging folder is still there). */
    public static boolean wasStopped(Path directory) {
        return !stagingFolders(directory.toAbsolutePath().normalize(), false).isEmpty();
    }

    @Override
    public HashedLayout render(ArticleGraph article) {
        return HashedLayout.of(article);
    }

    @Override
    public void accept(ArticleGraph article, HashedLayout hashed, long position) {
        ArticleLayout layout = hashed.layout();
        Node name = layout.name();
        changes.created(hashed).forEach(stream::triple);
        layout.own().forEach(t -> stream.quad(new Quad(name, t)));
        for (SharedPart part : layout.shared()) {
            // A description the store holds already would be a no-op to add again; most repeats are recent ones.
            if (written.add(part.name())) {
                part.triples().forEach(t -> stream.quad(new Quad(part.name(), t)));
            }
        }
    }

    @Override
    public void finish(long records) {
        loader.finishBulk();
        loaded = true;
        TextIndexBuild.of(tdb, staging.resolve(Tdb2Store.TEXT_INDEX));
        TDBInternal.expel(tdb);
        try {
            if (Files.isDirectory(target)) {
                Files.delete(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(
                    target + ": the loaded store in " + staging + " cannot be moved into place: " + e.getMessage(), e);
        }
        published = true;
    }

    /** Ends the load; when it did not finish, the staging folder and everything loaded into it are removed. */
    @Override
    public void close() {
        if (published) {
            return;
        }
        try {
            if (!loaded) {
                loader.finishException(new IllegalStateException("the load was stopped"));
            }
        } catch (RuntimeException ignored) {
            // The load is abandoned either way; what matters is that nothing of it stays.
        } finally {
            TDBInternal.expel(tdb, true);
            delete(staging);
        }
    }

    private static void removeStopped(Path target) {
        stagingFolders(target, true).forEach(FreshStoreLoad::delete);
    }

    /** Staging folders of loads into {@code target}; {@code stoppedOnly} leaves those of loads still running. */
    private static List<Path> stagingFolders(Path target, boolean stoppedOnly) {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        String prefix = target.getFileName() + STAGING;
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> {
                        String pid = p.getFileName().toString().substring(prefix.length());
                        return !stoppedOnly
                                || !pid.matches("\\d{1,19}")
                                || ProcessHandle.of(Long.parseLong(pid))
                                        .map(h -> !h.isAlive())
                                        .orElse(true);
                    })
                    .toList();
        } catch (IOException e) {
            throw new StoreException(parent + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            throw new StoreException(folder + ": the stopped load's files cannot be removed: " + e.getMessage(), e);
        }
    }
}
