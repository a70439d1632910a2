package org.scholarlod.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.model.Sha256;
import org.scholarlod.rdf.ArticleLayout;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Prov;
import org.scholarlod.rdf.SharedPart;

/**
 * What each write did to the store's articles, kept in the store's own default graph beside its generation (the
 * union default graph that queries see leaves it out), in the same transaction as the write: an article whose
 * content is new gets a {@code created} entry, one whose content differs from the stored one's an {@code updated}
 * entry, and one loaded again unchanged none. Content is compared by the SHA-256 of the article's own graph
 * (which names its shared descriptions by their content) without its provenance, so the comparison costs no read
 * of the old graph, and the same record read from another file or by another converter version is no change.
 */
public final class ChangeLog {
    private static final String NS = "urn:x-scholarlod:";
    private static final Node HASH = NodeFactory.createURI(NS + "contentHash");
    private static final Node ARTICLE = NodeFactory.createURI(NS + "changedArticle");
    private static final Node KIND = NodeFactory.createURI(NS + "changeKind");
    private static final Node AT = NodeFactory.createURI(NS + "changedAt");
    private static final Node GENERATION = NodeFactory.createURI(NS + "changeGeneration");
    private static final Node SEQUENCE = NodeFactory.createURI(NS + "changeSequence");

    /** The kinds of node that say where an article graph came from, not what it says. */
    private static final Set<Node> PROVENANCE = Set.of(Prov.Entity, Prov.Activity, Prov.SoftwareAgent);

    private final Graph log;
    private final long generation;
    private final Instant at;
    private long sequence;

    /** The log of the write that has moved {@code tdb} to its current generation, made now. */
    ChangeLog(DatasetGraph tdb) {
        this(tdb.getDefaultGraph(), StoreGeneration.of(tdb));
    }

    /** The log of a new store's first write, into {@code log} (a graph, or nothing if its triples are streamed). */
    ChangeLog(Graph log, long generation) {
        this.log = log;
        this.generation = generation;
        // Whole milliseconds: what xsd:dateTime and the feeds' since= carry.
        this.at = Instant.ofEpochMilli(System.currentTimeMillis());
    }

    /** The SHA-256 of an article's own graph but its provenance, its triples in a fixed order. */
    static String contentHash(ArticleLayout layout) {
        Set<Node> provenance = new HashSet<>();
        for (Triple t : layout.own()) {
            if (t.getPredicate().equals(RDF.Nodes.type)
                    && PROVENANCE.contains(t.getObject())
                    && !t.getSubject().equals(layout.name())) {
                provenance.add(t.getSubject());
            }
        }
        // A source file is described in a shared graph of its own: the link to it is provenance too.
        for (SharedPart part : layout.shared()) {
            if (part.triples().stream()
                    .anyMatch(t -> t.getPredicate().equals(RDF.Nodes.type) && PROVENANCE.contains(t.getObject()))) {
                provenance.add(part.name());
            }
        }
        List<String> lines = new ArrayList<>();
        for (Triple t : layout.own()) {
            if (provenance.contains(t.getSubject())
                    || provenance.contains(t.getObject())
                    || t.getPredicate().getURI().startsWith(Prov.NS)) {
                continue;
            }
            lines.add(NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                    + NodeFmtLib.strNT(t.getObject()));
        }
        lines.sort(null);
        return Sha256.hex(Sha256.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), 32);
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

    /** Records the article's new content (call before or after writing it, inside the write transaction). */
    void record(ArticleLayout layout) {
        record(article(layout), contentHash(layout));
    }

    private void record(Node article, String hash) {
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
    List<Triple> created(ArticleLayout layout) {
        return entry(article(layout), contentHash(layout), ArticleChange.Kind.CREATED);
    }

    private List<Triple> entry(Node article, String hash, ArticleChange.Kind kind) {
        Node entry = NodeFactory.createURI(NS + "change:" + generation + ":" + ++sequence);
        return List.of(
                Triple.create(article, HASH, NodeFactory.createLiteralString(hash)),
                Triple.create(entry, ARTICLE, article),
                Triple.create(
                        entry, KIND, NodeFactory.createLiteralString(kind.name().toLowerCase(Locale.ROOT))),
                Triple.create(entry, AT, NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime)),
                Triple.create(
                        entry, GENERATION, NodeFactory.createLiteralDT(Long.toString(generation), XSDDatatype.XSDlong)),
                Triple.create(
                        entry, SEQUENCE, NodeFactory.createLiteralDT(Long.toString(sequence), XSDDatatype.XSDlong)));
    }

    /**
     * The changes recorded in {@code dataset} (a store's, or its text-indexed view) at or after {@code since} (null
     * for all), oldest first; call inside a read transaction.
     */
    public static List<ArticleChange> since(DatasetGraph dataset, Instant since) {
        Graph log = dataset.getDefaultGraph();
        List<ArticleChange> changes = new ArrayList<>();
        log.find(Node.ANY, AT, Node.ANY).forEachRemaining(t -> {
            Instant at = Instant.parse(t.getObject().getLiteralLexicalForm());
            if (since == null || !at.isBefore(since)) {
                Node entry = t.getSubject();
                changes.add(new ArticleChange(
                        at,
                        number(log, entry, GENERATION),
                        number(log, entry, SEQUENCE),
                        value(log, entry, ARTICLE).getURI(),
                        ArticleChange.Kind.valueOf(
                                value(log, entry, KIND).getLiteralLexicalForm().toUpperCase(Locale.ROOT))));
            }
        });
        changes.sort(Comparator.comparingLong(ArticleChange::generation).thenComparingLong(ArticleChange::sequence));
        return changes;
    }

    private static Node value(Graph log, Node entry, Node property) {
        return log.find(entry, property, Node.ANY).next().getObject();
    }

    private static long number(Graph log, Node entry, Node property) {
        return Long.parseLong(value(log, entry, property).getLiteralLexicalForm());
    }
}
