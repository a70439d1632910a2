package org.scholarlod.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * What was read from the store about a node (its labels, a shared description, a citing article's title and
 * date), remembered in bounded memory for the store version it was read at. A caller reads the version before the
 * read transaction it reads in begins, so an entry never holds a read older than its version, and a request never
 * sees what was read before a write it follows. Values must be immutable: requests share them.
 */
final class VersionedReads<T> {
    private final Cache<Key, T> cache;

    private record Key(long version, Node node) {}

    VersionedReads(int nodes) {
        this.cache = Caffeine.newBuilder().maximumSize(nodes).build();
    }

    /** The node's read at {@code version}: remembered, or read (in the caller's transaction) and remembered. */
    T get(long version, Node node, Function<Node, T> read) {
        return cache.get(new Key(version, node), key -> read.apply(key.node()));
    }
}
