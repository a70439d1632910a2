package org.scholarlod.rdf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Splits an article's graph into what only it says and the descriptions of the nodes it shares with other
 * articles, as OpenCitations keeps each entity once: the triples about a journal, a person, an organisation or
 * a cited work go to a graph named by their kind and content, so that a hundred records describing a journal
 * alike store its triples once, while each article's graph still names the descriptions its record gave.
 */
public final class SharedLayout {
    /** Bytes of SHA-256 in a shared graph's name: 80 bits, no collision among billions of descriptions. */
    private static final int HASH_BYTES = 10;

    private SharedLayout() {}

    /** The article's graph laid out for storage. */
    public static ArticleLayout of(ArticleGraph article) {
        UriMinter uris = UriMinter.ofArticleGraph(article.name());
        String own = article.article().getURI();
        Graph kept = GraphFactory.createDefaultGraph();
        // A cited work's agents and roles travel with it: one shared graph for the work as its citer gives it.
        Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
        article.graph().find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isBlank() || s.equals(article.name()) || s.getURI().equals(own) || s.getURI().startsWith(own + "/")) {
                kept.add(t);
            } else {
                bySubject.computeIfAbsent(uris.describedWith(s), k -> new ArrayList<>()).add(t);
            }
        });
        List<SharedPart> parts = new ArrayList<>(bySubject.size());
        for (Map.Entry<Node, List<Triple>> entry : bySubject.entrySet()) {
            String kind = uris.kindOf(entry.getKey());
            Node name = uris.sharedGraph(kind == null ? "external" : kind, hash(entry.getValue()));
            Graph graph = GraphFactory.createDefaultGraph();
            entry.getValue().forEach(graph::add);
            parts.add(new SharedPart(name, graph));
            kept.add(Triple.create(article.name(), ScholarLodVocab.sharedPart, name));
        }
        return new ArticleLayout(article.name(), kept, parts);
    }

    /**
     * An article's whole graph read back from a dataset laid out so: its own graph and its shared parts, copied
     * into one graph (read inside a transaction).
     */
    public static Graph assemble(DatasetGraph dataset, Node articleGraph) {
        Graph whole = GraphFactory.createDefaultGraph();
        List<Node> parts = new ArrayList<>();
        dataset.find(articleGraph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getPredicate().equals(ScholarLodVocab.sharedPart) && q.getSubject().equals(articleGraph)) {
                parts.add(q.getObject());
            } else {
                whole.add(q.asTriple());
            }
        });
        for (Node part : parts) {
            dataset.find(part, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> whole.add(q.asTriple()));
        }
        return whole;
    }

    /** The shared graphs an article graph in the dataset links to (read inside a transaction). */
    public static List<Node> parts(DatasetGraph dataset, Node articleGraph) {
        List<Node> parts = new ArrayList<>();
        for (Iterator<org.apache.jena.sparql.core.Quad> links = dataset.find(articleGraph, articleGraph,
                ScholarLodVocab.sharedPart, Node.ANY); links.hasNext(); ) {
            parts.add(links.next().getObject());
        }
        return parts;
    }

    private static String hash(List<Triple> triples) {
        List<String> lines = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            lines.add(NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                    + NodeFmtLib.strNT(t.getObject()));
        }
        lines.sort(null);
        return UriMinter.hash(String.join("\n", lines), HASH_BYTES);
    }
}
