package org.scholarlod.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;

/**
 * Reads of a dataset's named graphs, and of their union, that match quads by node id and decode each distinct
 * node once per read. Decoding went through TDB2's shared node cache four times a quad, and that was most of the
 * cost of describing a resource or assembling an article: a read's quads share their graph, subjects and
 * predicates. Quads a read does not keep (a node's other predicates, when only its labels are wanted) are never
 * decoded. A dataset other than TDB2 is read through Jena's graphs. Run inside a read transaction.
 */
public final class NodeIdReads {
    private final DatasetGraph dataset;

    public NodeIdReads(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The distinct triples of the union graph matching the pattern ({@link Node#ANY} for any). */
    public List<Triple> find(Node subject, Node predicate, Node object) {
        return union(subject, predicate, object, null);
    }

    /** The distinct triples of the union graph with this subject and one of these predicates. */
    public List<Triple> find(Node subject, Set<Node> predicates) {
        return union(subject, Node.ANY, Node.ANY, predicates);
    }

    /** The triples of one named graph, none if there is no such graph. */
    public List<Triple> graph(Node name) {
        DatasetGraphTDB storage = storage(dataset);
        if (storage == null) {
            List<Triple> found = new ArrayList<>();
            dataset.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> found.add(q.asTriple()));
            return found;
        }
        Decoder decoder = new Decoder(storage);
        NodeId g = decoder.id(name);
        if (g == null) {
            return List.of();
        }
        List<Triple> found = new ArrayList<>();
        decoder.rows(g, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny)
                .forEachRemaining(row -> found.add(decoder.triple(row)));
        return found;
    }

    /** The quads of the named graphs matching the pattern ({@link Node#ANY} for any). */
    public List<Quad> quads(Node graph, Node subject, Node predicate, Node object) {
        DatasetGraphTDB storage = storage(dataset);
        List<Quad> found = new ArrayList<>();
        if (storage == null) {
            dataset.findNG(graph, subject, predicate, object).forEachRemaining(found::add);
            return found;
        }
        Decoder decoder = new Decoder(storage);
        NodeId g = decoder.idOrAny(graph);
        NodeId s = decoder.idOrAny(subject);
        NodeId p = decoder.idOrAny(predicate);
        NodeId o = decoder.idOrAny(object);
        if (g == null || s == null || p == null || o == null) {
            return found;
        }
        decoder.rows(g, s, p, o)
                .forEachRemaining(row -> found.add(Quad.create(decoder.node(row.get(0)), decoder.triple(row))));
        return found;
    }

    private List<Triple> union(Node subject, Node predicate, Node object, Set<Node> predicates) {
        DatasetGraphTDB storage = storage(dataset);
        if (storage == null) {
            List<Triple> found = new ArrayList<>();
            dataset.getUnionGraph()
                    .find(subject, predicate, object)
                    .filterKeep(t -> predicates == null || predicates.contains(t.getPredicate()))
                    .forEachRemaining(found::add);
            return found;
        }
        Decoder decoder = new Decoder(storage);
        NodeId s = decoder.idOrAny(subject);
        NodeId p = decoder.idOrAny(predicate);
        NodeId o = decoder.idOrAny(object);
        if (s == null || p == null || o == null) {
            return List.of();
        }
        Predicate<NodeId> kept = decoder.kept(predicates);
        Set<Triple> found = new LinkedHashSet<>();
        for (Iterator<Tuple<NodeId>> rows = decoder.rows(NodeId.NodeIdAny, s, p, o); rows.hasNext(); ) {
            Tuple<NodeId> row = rows.next();
            if (kept.test(row.get(2))) {
                found.add(decoder.triple(row));
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

    /** One read's view of the quad table, remembering the nodes it has decoded. */
    private static final class Decoder {
        private final NodeTupleTable quads;
        private final NodeTable nodes;
        private final Map<NodeId, Node> decoded = new HashMap<>();

        Decoder(DatasetGraphTDB storage) {
            this.quads = storage.getQuadTable().getNodeTupleTable();
            this.nodes = quads.getNodeTable();
        }

        /** The node's id, or null when the store has never seen it. */
        NodeId id(Node node) {
            NodeId id = nodes.getNodeIdForNode(node);
            return NodeId.isDoesNotExist(id) ? null : id;
        }

        NodeId idOrAny(Node node) {
            return node == null || Node.ANY.equals(node) ? NodeId.NodeIdAny : id(node);
        }

        /** Whether a predicate id is one of these predicates (any, when there are none). */
        Predicate<NodeId> kept(Set<Node> predicates) {
            if (predicates == null) {
                return id -> true;
            }
            Set<NodeId> ids = new HashSet<>();
            for (Node each : predicates) {
                NodeId id = id(each);
                if (id != null) {
                    ids.add(id);
                }
            }
            return ids::contains;
        }

        Iterator<Tuple<NodeId>> rows(NodeId g, NodeId s, NodeId p, NodeId o) {
            return quads.find(g, s, p, o);
        }

        Triple triple(Tuple<NodeId> row) {
            return Triple.create(node(row.get(1)), node(row.get(2)), node(row.get(3)));
        }

        Node node(NodeId id) {
            Node node = decoded.get(id);
            if (node == null) {
                node = nodes.getNodeForNodeId(id);
                decoded.put(id, node);
            }
            return node;
        }
    }
}
