package org.scholarlod.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Triples read from the store about a node (its labels, a shared description), remembered in bounded memory for
 * the store version they were read at. A caller reads the version before the read transaction it reads in
 * begins, so an entry never holds triples older than its version, and a request never sees what was read before
 * a write it follows.
 */
final class VersionedTriples {
    private final Cache<Key, List<Triple>> cache;

    private record Key(long version, Node node) {}

    VersionedTriples(int nodes) {
        this.cache = Caffeine.newBuilder().maximumSize(nodes).build();
    }

    /** The node's triples at {@code version}: remembered, or read (in the caller's transaction) and remembered. */
    List<Triple> get(long version, Node node, Function<Node, List<Triple>> read) {
        return cache.get(new Key(version, node), key -> List.copyOf(read.apply(key.node())));
    }
}
