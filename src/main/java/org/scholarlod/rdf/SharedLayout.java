package org.scholarlod.rdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
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
        String ownPart = own + "/";
        List<Triple> kept = new ArrayList<>();
        // A cited work's agents and roles travel with it: one shared graph for the work as its citer gives it.
        Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
        article.graph().find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isBlank()
                    || s.equals(article.name())
                    || s.getURI().equals(own)
                    || s.getURI().startsWith(ownPart)) {
                kept.add(t);
            } else {
                bySubject
                        .computeIfAbsent(uris.describedWith(s), k -> new ArrayList<>())
                        .add(t);
            }
        });
        List<SharedPart> parts = new ArrayList<>(bySubject.size());
        NQuadsBuffer buffer = new NQuadsBuffer(4096);
        for (Map.Entry<Node, List<Triple>> entry : bySubject.entrySet()) {
            String kind = uris.kindOf(entry.getKey());
            List<byte[]> content = content(entry.getValue(), buffer);
            Node name = uris.sharedGraph(kind == null ? "external" : kind, UriMinter.hash(content, HASH_BYTES));
            parts.add(new SharedPart(name, entry.getValue(), content));
            kept.add(Triple.create(article.name(), ScholarLodVocab.sharedPart, name));
        }
        return new ArticleLayout(article.name(), kept, parts);
    }

    /**
     * An article's whole graph read back from a dataset laid out so: its own graph and its shared parts, copied
     * into one graph (read inside a transaction).
     */
    public static Graph assemble(DatasetGraph dataset, Node articleGraph) {
        return assemble(articleGraph, graph -> triples(dataset, graph), graph -> triples(dataset, graph));
    }

    /**
     * The same, with the article's graph read by {@code graphTriples} and each shared part's triples by
     * {@code partTriples} (from a cache, say).
     */
    public static Graph assemble(
            Node articleGraph, Function<Node, List<Triple>> graphTriples, Function<Node, List<Triple>> partTriples) {
        Graph whole = GraphFactory.createDefaultGraph();
        List<Node> parts = new ArrayList<>();
        for (Triple t : graphTriples.apply(articleGraph)) {
            if (t.getPredicate().equals(ScholarLodVocab.sharedPart)
                    && t.getSubject().equals(articleGraph)) {
                parts.add(t.getObject());
            } else {
                whole.add(t);
            }
        }
        for (Node part : parts) {
            partTriples.apply(part).forEach(whole::add);
        }
        return whole;
    }

    /** The triples of one named graph of the dataset (read inside a transaction). */
    public static List<Triple> triples(DatasetGraph dataset, Node graph) {
        List<Triple> triples = new ArrayList<>();
        dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
        return triples;
    }

    /** The shared graphs an article graph in the dataset links to (read inside a transaction). */
    public static List<Node> parts(DatasetGraph dataset, Node articleGraph) {
        List<Node> parts = new ArrayList<>();
        for (Iterator<org.apache.jena.sparql.core.Quad> links =
                        dataset.find(articleGraph, articleGraph, ScholarLodVocab.sharedPart, Node.ANY);
                links.hasNext(); ) {
            parts.add(links.next().getObject());
        }
        return parts;
    }

    /** The description's content: its N-Triples lines, sorted, so that the same triples give the same name. */
    private static List<byte[]> content(List<Triple> triples, NQuadsBuffer buffer) {
        byte[][] lines = new byte[triples.size()][];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = buffer.line(triples.get(i), null).take();
        }
        Arrays.sort(lines, Arrays::compareUnsigned);
        return Arrays.asList(lines);
    }
}
