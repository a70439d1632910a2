package org.scholarlod.store;

import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/** The union of a dataset's named graphs, read-only, each find read through {@link NodeIdReads}. */
public final class NodeIdGraph extends GraphBase {
    private final NodeIdReads reads;

    public NodeIdGraph(DatasetGraph dataset) {
        this.reads = new NodeIdReads(dataset);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return WrappedIterator.create(reads.find(pattern.getSubject(), pattern.getPredicate(), pattern.getObject())
                .iterator());
    }
}
