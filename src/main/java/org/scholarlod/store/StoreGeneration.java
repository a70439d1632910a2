package org.scholarlod.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A store's generation: a number every write moves on, kept in the store's own default graph (which the union
 * default graph that queries see leaves out), so that what is counted from a store can say which state it counted.
 */
final class StoreGeneration {
    private static final Node STORE = NodeFactory.createURI("urn:x-scholarlod:store");
    private static final Node GENERATION = NodeFactory.createURI("urn:x-scholarlod:generation");

    private StoreGeneration() {}

    /** The generation of the TDB2 dataset {@code tdb}; call inside a transaction. */
    static long of(DatasetGraph tdb) {
        var found = tdb.getDefaultGraph().find(STORE, GENERATION, Node.ANY);
        return found.hasNext() ? Long.parseLong(found.next().getObject().getLiteralLexicalForm()) : 0;
    }

    /** Moves the generation on; call inside a write transaction. */
    static void next(DatasetGraph tdb) {
        long next = of(tdb) + 1;
        tdb.getDefaultGraph().remove(STORE, GENERATION, Node.ANY);
        tdb.getDefaultGraph().add(triple(next));
    }

    /** The statement of the store's own default graph that says its generation is {@code generation}. */
    static Triple triple(long generation) {
        return Triple.create(STORE, GENERATION, NodeFactory.createLiteralString(Long.toString(generation)));
    }
}
