package org.scholarlod.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Which patch of its log a store has applied last, by number and id, kept in the store's own default graph (which
 * the union default graph that queries see leaves out) and written in the same transaction as the patch itself:
 * a store and its version cannot disagree.
 */
final class PatchVersion {
    private static final Node STORE = NodeFactory.createURI("urn:x-scholarlod:store");
    private static final Node NUMBER = NodeFactory.createURI("urn:x-scholarlod:patch");
    private static final Node ID = NodeFactory.createURI("urn:x-scholarlod:patch-id");

    private PatchVersion() {}

    /** The number of the last patch applied to the TDB2 dataset {@code tdb}, 0 for none; call inside a transaction. */
    static long of(DatasetGraph tdb) {
        var found = tdb.getDefaultGraph().find(STORE, NUMBER, Node.ANY);
        return found.hasNext() ? Long.parseLong(found.next().getObject().getLiteralLexicalForm()) : 0;
    }

    /** The id of the last patch applied, or null for none; call inside a transaction. */
    static Node id(DatasetGraph tdb) {
        var found = tdb.getDefaultGraph().find(STORE, ID, Node.ANY);
        return found.hasNext() ? found.next().getObject() : null;
    }

    /** Records that patch {@code number} with {@code id} was applied; call inside a write transaction. */
    static void set(DatasetGraph tdb, long number, Node id) {
        Graph own = tdb.getDefaultGraph();
        own.remove(STORE, NUMBER, Node.ANY);
        own.remove(STORE, ID, Node.ANY);
        own.add(Triple.create(STORE, NUMBER, NodeFactory.createLiteralString(Long.toString(number))));
        if (id != null) {
            own.add(Triple.create(STORE, ID, id));
        }
    }
}
