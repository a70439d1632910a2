package org.scholarlod.web;

import static org.scholarlod.web.DatasetDescription.add;
import static org.scholarlod.web.DatasetDescription.integer;
import static org.scholarlod.web.DatasetDescription.literal;
import static org.scholarlod.web.DatasetDescription.uri;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.Cito;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Namespaces;
import org.scholarlod.rdf.ScholarLodVocab;
import org.scholarlod.rdf.VoidVocab;

/**
 * The VoID statistics of a store, counted by SPARQL over its union graph: triples, documents, class partitions
 * (distinct entities per class), property partitions (triples per property; distinct objects of
 * {@code cito:cites}, the cited works, and of the update links, the works retracted, corrected or under an
 * expression of concern), vocabularies, and a {@code void:Linkset} per external graph and link
 * predicate. Distinct subjects and objects of the whole store are not counted: each is a sort of every triple,
 * which on a catalogue of 10,000 articles took longer than loading it.
 */
final class VoidStatistics {
    /** Rows a DISTINCT holds in memory before it spills to disk. */
    static final long IN_MEMORY = 100_000;

    /** The properties whose distinct objects a reader counts: works cited, retracted, corrected, of concern. */
    private static final Set<Node> COUNTED_OBJECTS =
            Set.of(Cito.cites, Cito.retracts, Cito.corrects, Cito.updates, ScholarLodVocab.expressesConcernAbout);

    private final DatasetGraph dataset;
    private final BaseUri base;

    VoidStatistics(DatasetGraph dataset, BaseUri base) {
        this.dataset = dataset;
        this.base = base;
    }

    /** Adds the statistics of the dataset node {@code ds}; run in a read transaction. */
    void addTo(Graph g, Node ds) {
        add(
                g,
                ds,
                VoidVocab.documents,
                integer(distinct("?g", "GRAPH ?g { ?g <" + Foaf.primaryTopic.getURI() + "> ?a }")));
        select(
                Namespaces.sparql("foaf")
                        + "SELECT ?a WHERE { GRAPH ?g { ?g foaf:primaryTopic ?a } } ORDER BY ?a LIMIT 3",
                row -> add(g, ds, VoidVocab.exampleResource, row.get("a")));
        TreeSet<String> used = new TreeSet<>();
        classPartitions(g, ds, used);
        propertyPartitions(g, ds, used);
        Namespaces.prefixes().getNsPrefixMap().values().stream()
                .sorted()
                .filter(ns -> !ns.equals(RDF.getURI()) && used.stream().anyMatch(u -> u.startsWith(ns)))
                .forEach(ns -> add(g, ds, VoidVocab.vocabulary, uri(ns)));
        linksets(g, ds);
    }

    private void classPartitions(Graph g, Node ds, Set<String> used) {
        AtomicInteger n = new AtomicInteger();
        // A graph holds each triple once (the union default graph too), so the rows of ?s a ?c are distinct
        // subjects per class already; a DISTINCT over them spilled millions of rows to disk to find no repeats.
        select("SELECT ?c (COUNT(*) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c", row -> {
            Node partition = uri(base.resolve(".well-known/void#class-") + n.incrementAndGet());
            add(g, ds, VoidVocab.classPartition, partition);
            add(g, partition, VoidVocab.class_, row.get("c"));
            add(g, partition, VoidVocab.entities, integer(number(row, "n")));
            used.add(row.get("c").getURI());
        });
        add(g, ds, VoidVocab.classes, integer(n.get()));
    }

    private void propertyPartitions(Graph g, Node ds, Set<String> used) {
        AtomicInteger n = new AtomicInteger();
        Map<Node, Long> counts = new TreeMap<>(Comparator.comparing(Node::getURI));
        select(
                "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
                row -> counts.put(row.get("p"), number(row, "n")));
        counts.forEach((property, triples) -> {
            Node partition = uri(base.resolve(".well-known/void#property-") + n.incrementAndGet());
            add(g, ds, VoidVocab.propertyPartition, partition);
            add(g, partition, VoidVocab.property, property);
            add(g, partition, VoidVocab.triples, integer(triples));
            if (COUNTED_OBJECTS.contains(property)) {
                add(
                        g,
                        partition,
                        VoidVocab.distinctObjects,
                        integer(distinct("?o", "?s <" + property.getURI() + "> ?o")));
            }
            used.add(property.getURI());
        });
        add(g, ds, VoidVocab.properties, integer(n.get()));
        // Every triple has one property, so the partitions' triples add up to the store's: no second scan.
        add(
                g,
                ds,
                VoidVocab.triples,
                integer(counts.values().stream().mapToLong(Long::longValue).sum()));
    }

    private void linksets(Graph g, Node ds) {
        Map<String, Long> counts = new TreeMap<>();
        select(
                Namespaces.sparql("owl", "rdfs")
                        + "SELECT ?p ?o WHERE { VALUES ?p { owl:sameAs rdfs:seeAlso } ?s ?p ?o FILTER(isIRI(?o)) }",
                row -> {
                    ExternalGraphs.of(row.get("o").getURI())
                            .ifPresent(target -> counts.merge(
                                    target.prefix() + " " + row.get("p").getURI(), 1L, Long::sum));
                });
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            String prefix = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String predicate = entry.getKey().substring(prefix.length() + 1);
            ExternalGraphs.Graph target = ExternalGraphs.of(prefix).orElseThrow();
            Node targetNode = uri(base.resolve(".well-known/void#") + target.key());
            add(g, targetNode, RDF.Nodes.type, VoidVocab.Dataset);
            add(g, targetNode, Dct.title, literal(target.title()));
            add(g, targetNode, VoidVocab.uriSpace, literal(prefix));
            Node linkset = uri(base.resolve(".well-known/void#links-") + target.key() + "-"
                    + predicate.substring(Math.max(predicate.lastIndexOf('#'), predicate.lastIndexOf('/')) + 1));
            add(g, ds, VoidVocab.subset, linkset);
            add(g, linkset, RDF.Nodes.type, VoidVocab.Linkset);
            add(g, linkset, VoidVocab.subjectsTarget, ds);
            add(g, linkset, VoidVocab.objectsTarget, targetNode);
            add(g, linkset, VoidVocab.linkPredicate, uri(predicate));
            add(g, linkset, VoidVocab.triples, integer(entry.getValue()));
        }
    }

    /**
     * Runs {@code query} with DISTINCT and ORDER BY spilling to disk past {@value #IN_MEMORY} rows, so that
     * counting a store of millions of articles needs no more memory than counting a small one.
     */
    private void select(String query, Consumer<Binding> each) {
        QueryExec.dataset(dataset)
                .query(QueryFactory.create(query))
                .set(ARQ.spillToDiskThreshold, IN_MEMORY)
                .select()
                .forEachRemaining(each);
    }

    private long count(String query) {
        long[] n = new long[1];
        select(query, row -> n[0] = number(row, "n"));
        return n[0];
    }

    /** The number of distinct values of {@code var} over {@code pattern}, counted in bounded memory. */
    private long distinct(String var, String pattern) {
        return count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT " + var + " WHERE { " + pattern + " } }");
    }

    private static long number(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }
}
