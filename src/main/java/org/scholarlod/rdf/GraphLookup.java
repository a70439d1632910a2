package org.scholarlod.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Reading back what the mappers wrote: single values, value lists, and lists ordered by {@code oco:hasNext}. */
public final class GraphLookup {
    private GraphLookup() {}

    /** One object of the subject's property, or null. */
    public static Node object(Graph graph, Node subject, Node predicate) {
        var found = graph.find(subject, predicate, Node.ANY);
        return found.hasNext() ? found.next().getObject() : null;
    }

    /** Every object of the subject's property. */
    public static List<Node> objects(Graph graph, Node subject, Node predicate) {
        List<Node> objects = new ArrayList<>();
        graph.find(subject, predicate, Node.ANY).forEachRemaining(t -> objects.add(t.getObject()));
        return objects;
    }

    /** The lexical form of a literal value of the subject's property, or null. */
    public static String text(Graph graph, Node subject, Node predicate) {
        Node object = object(graph, subject, predicate);
        return object == null || !object.isLiteral() ? null : object.getLiteralLexicalForm();
    }

    /** The nodes in the order their {@code oco:hasNext} links give, starting from the one nothing points to. */
    public static List<Node> inOrder(Graph graph, List<Node> nodes) {
        Node first = nodes.stream()
                .filter(n -> !graph.find(Node.ANY, Oco.hasNext, n).hasNext())
                .findFirst()
                .orElse(null);
        List<Node> ordered = new ArrayList<>();
        for (Node n = first; n != null && ordered.size() < nodes.size(); n = object(graph, n, Oco.hasNext)) {
            ordered.add(n);
        }
        return ordered;
    }
}
