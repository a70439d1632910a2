package org.scholarlod.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;

/**
 * Reads of the union of a dataset's named graphs that keep only some predicates, such as the labels of a node.
 * On TDB2 the quads are matched by node id and only the kept ones are decoded: decoding every quad of a node to
 * find its one label was most of the cost of describing a resource. Any other dataset is read through its union
 * graph. Run inside a read transaction.
 */
public final class UnionReads {
    private final DatasetGraph dataset;

    public UnionReads(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The distinct triples of the union graph with this subject and one of these predicates. */
    public List<Triple> find(Node subject, Set<Node> predicates) {
        DatasetGraphTDB storage = storage(dataset);
        if (storage == null) {
            List<Triple> found = new ArrayList<>();
            dataset.getUnionGraph().find(subject, Node.ANY, Node.ANY)
                    .filterKeep(t -> predicates.contains(t.getPredicate())).forEachRemaining(found::add);
            return found;
        }
        NodeTupleTable quads = storage.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId s = nodes.getNodeIdForNode(subject);
        if (NodeId.isDoesNotExist(s)) {
            return List.of();
        }
        Set<NodeId> kept = new LinkedHashSet<>();
        for (Node predicate : predicates) {
            NodeId p = nodes.getNodeIdForNode(predicate);
            if (!NodeId.isDoesNotExist(p)) {
                kept.add(p);
            }
        }
        Set<Triple> found = new LinkedHashSet<>();
        for (Iterator<Tuple<NodeId>> rows = quads.find(NodeId.NodeIdAny, s, NodeId.NodeIdAny, NodeId.NodeIdAny);
                rows.hasNext(); ) {
            Tuple<NodeId> row = rows.next();
            if (kept.contains(row.get(2))) {
                found.add(Triple.create(subject, nodes.getNodeForNodeId(row.get(2)), nodes.getNodeForNodeId(row.get(3))));
            }
        }
        return new ArrayList<>(found);
    }

    /** The TDB2 storage under the wrappers (text index, switchable container), or null for another dataset. */
    private static DatasetGraphTDB storage(DatasetGraph dataset) {
        DatasetGraph inner = dataset;
        while (!(inner instanceof DatasetGraphTDB) && inner instanceof DatasetGraphWrapper wrapper) {
            inner = wrapper.getWrapped();
        }
        return inner instanceof DatasetGraphTDB tdb ? tdb : null;
    }
}
