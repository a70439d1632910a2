package org.scholarlod.web;

import static org.scholarlod.web.DatasetDescription.VOID;
import static org.scholarlod.web.DatasetDescription.add;
import static org.scholarlod.web.DatasetDescription.integer;
import static org.scholarlod.web.DatasetDescription.literal;
import static org.scholarlod.web.DatasetDescription.uri;

import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.Namespaces;

/**
 * The VoID statistics of a store, counted by SPARQL over its union graph: triples, entities, documents, class
 * and property partitions, vocabularies, and a {@code void:Linkset} per external graph and link predicate.
 */
final class VoidStatistics {
    private final DatasetGraph dataset;
    private final String base;

    VoidStatistics(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    /** Adds the statistics of the dataset node {@code ds}; run in a read transaction. */
    void addTo(Graph g, Node ds) {
        select("SELECT (COUNT(*) AS ?t) (COUNT(DISTINCT ?s) AS ?ns) (COUNT(DISTINCT ?p) AS ?np) "
                + "(COUNT(DISTINCT ?o) AS ?no) WHERE { ?s ?p ?o }", row -> {
                    add(g, ds, VOID + "triples", integer(number(row, "t")));
                    add(g, ds, VOID + "distinctSubjects", integer(number(row, "ns")));
                    add(g, ds, VOID + "properties", integer(number(row, "np")));
                    add(g, ds, VOID + "distinctObjects", integer(number(row, "no")));
                });
        select("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + base + "id/\")) }",
                row -> add(g, ds, VOID + "entities", integer(number(row, "n"))));
        select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g <http://xmlns.com/foaf/0.1/primaryTopic> ?a } }",
                row -> add(g, ds, VOID + "documents", integer(number(row, "n"))));
        select("SELECT ?a WHERE { GRAPH ?g { ?g <http://xmlns.com/foaf/0.1/primaryTopic> ?a } } ORDER BY ?a LIMIT 3",
                row -> add(g, ds, VOID + "exampleResource", row.get("a")));
        TreeSet<String> used = new TreeSet<>();
        classPartitions(g, ds, used);
        propertyPartitions(g, ds, used);
        Namespaces.prefixes().getNsPrefixMap().values().stream().sorted()
                .filter(ns -> !ns.equals(RDF.getURI()) && used.stream().anyMatch(u -> u.startsWith(ns)))
                .forEach(ns -> add(g, ds, VOID + "vocabulary", uri(ns)));
        linksets(g, ds);
    }

    private void classPartitions(Graph g, Node ds, Set<String> used) {
        AtomicInteger n = new AtomicInteger();
        select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c", row -> {
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
        select("SELECT ?p (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?ns) (COUNT(DISTINCT ?o) AS ?no) WHERE { ?s ?p ?o } "
                + "GROUP BY ?p ORDER BY ?p", row -> {
                    Node partition = uri(base + ".well-known/void#property-" + n.incrementAndGet());
                    add(g, ds, VOID + "propertyPartition", partition);
                    add(g, partition, VOID + "property", row.get("p"));
                    add(g, partition, VOID + "triples", integer(number(row, "n")));
                    add(g, partition, VOID + "distinctSubjects", integer(number(row, "ns")));
                    add(g, partition, VOID + "distinctObjects", integer(number(row, "no")));
                    used.add(row.get("p").getURI());
                });
    }

    private void linksets(Graph g, Node ds) {
        Map<String, Long> counts = new TreeMap<>();
        select("SELECT ?p ?o WHERE { VALUES ?p { <http://www.w3.org/2002/07/owl#sameAs> "
                + "<http://www.w3.org/2000/01/rdf-schema#seeAlso> } ?s ?p ?o FILTER(isIRI(?o)) }", row -> {
                    ExternalGraphs.of(row.get("o").getURI()).ifPresent(target ->
                            counts.merge(target.prefix() + " " + row.get("p").getURI(), 1L, Long::sum));
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

    private void select(String query, Consumer<Binding> each) {
        QueryExec.dataset(dataset).query(QueryFactory.create(query)).select().forEachRemaining(each);
    }

    private static long number(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }
}
