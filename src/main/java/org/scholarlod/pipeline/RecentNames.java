package org.scholarlod.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The shared graph names written most recently, in bounded memory: a writer or a bulk load sends each shared
 * description once while it is remembered here, and again (harmless: a dataset is a set) after it is forgotten.
 */
public final class RecentNames {
    /** About 25 MB of names: enough to hold the journals, people and works that recur across a catalogue. */
    public static final int CAPACITY = 100_000;

    private final Map<Node, Boolean> names;

    public RecentNames(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.names = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Node, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers {@code name}; true when it was not remembered already. */
    public boolean add(Node name) {
        return names.put(name, Boolean.TRUE) == null;
    }
}
