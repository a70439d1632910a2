package org.scholarlod.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scholarlod.rdf.ArticleLayout;
import org.scholarlod.rdf.Foaf;

/**
 * What each write did to the store's articles, kept in the store's own default graph beside its generation (the
 * union default graph that queries see leaves it out), in the same transaction as the write: an article whose
 * content is new gets a {@code created} entry, one whose {@link ContentHash} differs from the stored one's an
 * {@code updated} entry, and one loaded again unchanged none. Each write that changed anything is recorded once
 * with its time; its entries carry its generation, so that reading the changes since a time touches only theirs.
 */
public final class ChangeLog {
    private static final String NS = "urn:x-scholarlod:";
    private static final Node HASH = NodeFactory.createURI(NS + "contentHash");
    private static final Node WRITTEN_AT = NodeFactory.createURI(NS + "writtenAt");
    private static final Node ARTICLE = NodeFactory.createURI(NS + "changedArticle");
    private static final Node KIND = NodeFactory.createURI(NS + "changeKind");
    private static final Node GENERATION = NodeFactory.createURI(NS + "changeGeneration");
    private static final Node SEQUENCE = NodeFactory.createURI(NS + "changeSequence");

    private final Graph log;
    private final long generation;
    private final Instant at;
    private long sequence;

    /** The log of the write that has moved {@code tdb} to its current generation, made now. */
    ChangeLog(DatasetGraph tdb) {
        this(tdb.getDefaultGraph(), StoreGeneration.of(tdb));
    }

    /** The log of a write that moved a store to {@code generation}, into {@code log} (or none, if streamed). */
    ChangeLog(Graph log, long generation) {
        this.log = log;
        this.generation = generation;
        // Whole milliseconds: what xsd:dateTime and the feeds' since= carry.
        this.at = Instant.ofEpochMilli(System.currentTimeMillis());
    }

    /** The article an article graph is about (its {@code foaf:primaryTopic}), or the graph's name if it says none. */
    static Node article(ArticleLayout layout) {
        return layout.own().stream()
                .filter(t ->
                        t.getSubject().equals(layout.name()) && t.getPredicate().equals(Foaf.primaryTopic))
                .map(Triple::getObject)
                .findFirst()
                .orElse(layout.name());
    }

    /** Records the article's new content, inside the write transaction. */
    void record(HashedLayout hashed) {
        Node article = article(hashed.layout());
        String hash = hashed.hash();
        var stored = log.find(article, HASH, Node.ANY);
        String previous = stored.hasNext() ? stored.next().getObject().getLiteralLexicalForm() : null;
        if (hash.equals(previous)) {
            return;
        }
        log.remove(article, HASH, Node.ANY);
        entry(article, hash, previous == null ? ArticleChange.Kind.CREATED : ArticleChange.Kind.UPDATED)
                .forEach(log::add);
    }

    /**
     * The triples that say an article was created in a new store's only write, for a bulk load that streams
     * them; the store has no content to compare yet.
     */
    List<Triple> created(HashedLayout hashed) {
        return entry(article(hashed.layout()), hashed.hash(), ArticleChange.Kind.CREATED);
    }

    private List<Triple> entry(Node article, String hash, ArticleChange.Kind kind) {
        List<Triple> triples = new ArrayList<>();
        if (sequence == 0) {
            triples.add(Triple.create(
                    write(generation),
                    WRITTEN_AT,
                    NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime)));
        }
        Node entry = NodeFactory.createURI(NS + "change:" + generation + ":" + ++sequence);
        triples.add(Triple.create(article, HASH, NodeFactory.createLiteralString(hash)));
        triples.add(Triple.create(entry, ARTICLE, article));
        triples.add(Triple.create(
                entry, KIND, NodeFactory.createLiteralString(kind.name().toLowerCase(Locale.ROOT))));
        triples.add(Triple.create(entry, GENERATION, number(generation)));
        triples.add(Triple.create(entry, SEQUENCE, number(sequence)));
        return triples;
    }

    /**
     * The changes recorded in {@code dataset} (a store's, or its text-indexed view) at or after {@code since} (null
     * for all), oldest first; call inside a read transaction.
     */
    public static List<ArticleChange> since(DatasetGraph dataset, Instant since) {
        Graph log = dataset.getDefaultGraph();
        List<ArticleChange> changes = new ArrayList<>();
        log.find(Node.ANY, WRITTEN_AT, Node.ANY).forEachRemaining(written -> {
            Instant at = Instant.parse(written.getObject().getLiteralLexicalForm());
            if (since == null || !at.isBefore(since)) {
                long generation = Long.parseLong(written.getSubject().getURI().substring((NS + "write:").length()));
                log.find(Node.ANY, GENERATION, number(generation)).forEachRemaining(t -> {
                    Node entry = t.getSubject();
                    changes.add(new ArticleChange(
                            at,
                            generation,
                            Long.parseLong(value(log, entry, SEQUENCE).getLiteralLexicalForm()),
                            value(log, entry, ARTICLE).getURI(),
                            ArticleChange.Kind.valueOf(value(log, entry, KIND)
                                    .getLiteralLexicalForm()
                                    .toUpperCase(Locale.ROOT))));
                });
            }
        });
        changes.sort(Comparator.comparingLong(ArticleChange::generation).thenComparingLong(ArticleChange::sequence));
        return changes;
    }

    /** Moves the articles the log names with {@code moved} (a rebase), inside the rebase's write transaction. */
    static void move(DatasetGraph tdb, UnaryOperator<Node> moved) {
        Graph log = tdb.getDefaultGraph();
        List<Triple> named = new ArrayList<>();
        log.find(Node.ANY, HASH, Node.ANY).forEachRemaining(named::add);
        log.find(Node.ANY, ARTICLE, Node.ANY).forEachRemaining(named::add);
        for (Triple t : named) {
            Triple to = Triple.create(moved.apply(t.getSubject()), t.getPredicate(), moved.apply(t.getObject()));
            if (!to.equals(t)) {
                log.delete(t);
                log.add(to);
            }
        }
    }

    private static Node write(long generation) {
        return NodeFactory.createURI(NS + "write:" + generation);
    }

    private static Node number(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDlong);
    }

    private static Node value(Graph log, Node entry, Node property) {
        return log.find(entry, property, Node.ANY).next().getObject();
    }
}
