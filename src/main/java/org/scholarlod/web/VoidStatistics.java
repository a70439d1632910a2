package org.scholarlod.web;

import static org.scholarlod.web.DatasetDescription.VOID;
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
import org.scholarlod.rdf.Namespaces;

/**
 * The VoID statistics of a store, counted by SPARQL over its union graph: triples, documents, class partitions
 * (distinct entities per class), property partitions (triples per property; distinct objects of
 * {@code cito:cites}, the cited works), vocabularies, and a {@code void:Linkset} per external graph and link
 * predicate. Distinct subjects and objects of the whole store are not counted: each is a sort of every triple,
 * which on a catalogue of 10,000 articles took longer than loading it.
 */
final class VoidStatistics {
    private static final String CITES = "http://purl.org/spar/cito/cites";
    /** Rows a DISTINCT holds in memory before it spills to disk. */
    static final long IN_MEMORY = 100_000;

    private final DatasetGraph dataset;
    private final String base;

    VoidStatistics(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    /** Adds the statistics of the dataset node {@code ds}; run in a read transaction. */
    void addTo(Graph g, Node ds) {
        add(
                g,
                ds,
                VOID + "documents",
                integer(distinct("?g", "GRAPH ?g { ?g <http://xmlns.com/foaf/0.1/primaryTopic> ?a }")));
        select(
                "SELECT ?a WHERE { GRAPH ?g { ?g <http://xmlns.com/foaf/0.1/primaryTopic> ?a } } ORDER BY ?a LIMIT 3",
                row -> add(g, ds, VOID + "exampleResource", row.get("a")));
        TreeSet<String> used = new TreeSet<>();
        classPartitions(g, ds, used);
        propertyPartitions(g, ds, used);
        Namespaces.prefixes().getNsPrefixMap().values().stream()
                .sorted()
                .filter(ns -> !ns.equals(RDF.getURI()) && used.stream().anyMatch(u -> u.startsWith(ns)))
                .forEach(ns -> add(g, ds, VOID + "vocabulary", uri(ns)));
        linksets(g, ds);
    }

    private void classPartitions(Graph g, Node ds, Set<String> used) {
        AtomicInteger n = new AtomicInteger();
        // A graph holds each triple once (the union default graph too), so the rows of ?s a ?c are distinct
        // subjects per class already; a DISTINCT over them spilled millions of rows to disk to find no repeats.
        select("SELECT ?c (COUNT(*) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c", row -> {
            Node partition = uri(base + ".well-known/void#class-" + n.incrementAndGet());
            add(g, ds, VOID + "classPartition", partition);
            add(g, partition, VOID + "class", row.get("c"));
            add(g, partition, VOID + "entities", integer(number(row, "n")));
            used.add(row.get("c").getURI());
        });
        add(g, ds, VOID + "classes", integer(n.get()));
    }

    private void propertyPartitions(Graph g, Node ds, Set<String> used) {
        AtomicInteger n = new AtomicInteger();
        Map<Node, Long> counts = new TreeMap<>(Comparator.comparing(Node::getURI));
        select(
                "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
                row -> counts.put(row.get("p"), number(row, "n")));
        counts.forEach((property, triples) -> {
            Node partition = uri(base + ".well-known/void#property-" + n.incrementAndGet());
            add(g, ds, VOID + "propertyPartition", partition);
            add(g, partition, VOID + "property", property);
            add(g, partition, VOID + "triples", integer(triples));
            if (property.getURI().equals(CITES)) {
                add(g, partition, VOID + "distinctObjects", integer(distinct("?o", "?s <" + CITES + "> ?o")));
            }
            used.add(property.getURI());
        });
        add(g, ds, VOID + "properties", integer(n.get()));
        // Every triple has one property, so the partitions' triples add up to the store's: no second scan.
        add(
                g,
                ds,
                VOID + "triples",
                integer(counts.values().stream().mapToLong(Long::longValue).sum()));
    }

    private void linksets(Graph g, Node ds) {
        Map<String, Long> counts = new TreeMap<>();
        select(
                "SELECT ?p ?o WHERE { VALUES ?p { <http://www.w3.org/2002/07/owl#sameAs> "
                        + "<http://www.w3.org/2000/01/rdf-schema#seeAlso> } ?s ?p ?o FILTER(isIRI(?o)) }",
                row -> {
                    ExternalGraphs.of(row.get("o").getURI())
                            .ifPresent(target -> counts.merge(
                                    target.prefix() + " " + row.get("p").getURI(), 1L, Long::sum));
                });
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            String prefix = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String predicate = entry.getKey().substring(prefix.length() + 1);
            ExternalGraphs.Graph target = ExternalGraphs.of(prefix).orElseThrow();
            Node targetNode = uri(base + ".well-known/void#" + target.key());
            add(g, targetNode, RDF.type.getURI(), uri(VOID + "Dataset"));
            add(g, targetNode, "http://purl.org/dc/terms/title", literal(target.title()));
            add(g, targetNode, VOID + "uriSpace", literal(prefix));
            Node linkset = uri(base + ".well-known/void#links-" + target.key() + "-"
                    + predicate.substring(Math.max(predicate.lastIndexOf('#'), predicate.lastIndexOf('/')) + 1));
            add(g, ds, VOID + "subset", linkset);
            add(g, linkset, RDF.type.getURI(), uri(VOID + "Linkset"));
            add(g, linkset, VOID + "subjectsTarget", ds);
            add(g, linkset, VOID + "objectsTarget", targetNode);
            add(g, linkset, VOID + "linkPredicate", uri(predicate));
            add(g, linkset, VOID + "triples", integer(entry.getValue()));
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
