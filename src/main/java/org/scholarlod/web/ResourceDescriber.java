package org.scholarlod.web;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.vocabulary.RDFS;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Skos;
import org.scholarlod.rdf.Vcard;
import org.scholarlod.store.NodeIdReads;

/**
 * What ScholarLOD serves about a resource: its own triples, the labels of everything it links to, and the
 * resources that link to it with their labels, a page of {@link #PAGE} at a time. It is one SPARQL query
 * ({@link #query}), so that what is served equals what the endpoint answers to the same query.
 */
final class ResourceDescriber {
    /** Incoming links per page. */
    static final int PAGE = 500;

    private static final List<Node> LABEL_PREDICATES = Stream.of(
                    Foaf.name,
                    Dct.title,
                    Skos.prefLabel,
                    RDFS.Nodes.label,
                    Vcard.locality,
                    Vcard.region,
                    Vcard.country_name)
            .toList();
    private static final Set<Node> LABEL_SET = Set.copyOf(LABEL_PREDICATES);
    private static final String LABELS =
            "VALUES ?lp { " + LABEL_PREDICATES.stream().map(NodeFmtLib::strNT).collect(Collectors.joining(" ")) + " }";
    /** ORDER BY ?s ?ip of {@link #query}: IRIs compare as SPARQL compares them. */
    private static final Comparator<Triple> INCOMING_ORDER = Comparator.<Triple, Node>comparing(
                    Triple::getSubject, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms);
    /** Nodes whose labels are remembered: about 25 MB, the journals, people and works that pages share. */
    private static final int LABELS_REMEMBERED = 50_000;

    private final DatasetGraph dataset;
    private final VersionedReads<List<Triple>> labels = new VersionedReads<>(LABELS_REMEMBERED);
    private final NodeIdReads reads;

    ResourceDescriber(DatasetGraph dataset) {
        this.dataset = dataset;
        this.reads = new NodeIdReads(dataset);
    }

    /** The description query for a resource and a page of its incoming links (1-based); run it in a read transaction. */
    static String query(Node resource, int page) {
        String r = NodeFmtLib.strNT(resource);
        return "CONSTRUCT { " + r + " ?p ?o . ?o ?lp ?label . ?s ?ip " + r + " . ?s ?slp ?slabel . }\n"
                + "WHERE {\n"
                + "  { " + r + " ?p ?o . OPTIONAL { FILTER(isIRI(?o)) ?o ?lp ?label . " + LABELS + " } }\n"
                + "  UNION\n"
                + "  { { SELECT ?s ?ip WHERE { ?s ?ip " + r + " } ORDER BY ?s ?ip LIMIT " + PAGE + " OFFSET "
                + (page - 1) * PAGE + " }\n"
                + "    OPTIONAL { ?s ?slp ?slabel . " + LABELS.replace("?lp", "?slp") + " } }\n"
                + "}";
    }

    /**
     * The description (empty when the store says nothing about the resource) and whether more incoming links
     * follow this page. It is the graph {@link #query} constructs, read through the union graph's indexes: the
     * resource's triples, the labels of the IRIs it links to, and the page of incoming links in the query's
     * order with their subjects' labels. Planning that query on every request cost more than reading the
     * triples it finds. The labels of other nodes than the resource's own parts are remembered for the store
     * version {@code atVersion}, which must be read before the read transaction this runs in began.
     */
    Description describe(Node resource, int page, long atVersion) {
        Graph description = GraphFactory.createDefaultGraph();
        if (dataset.containsGraph(resource)) {
            reads.graph(resource).forEach(description::add);
            return new Description(description, false);
        }
        Set<Node> labelled = new LinkedHashSet<>();
        reads.find(resource, Node.ANY, Node.ANY).forEach(t -> {
            description.add(t);
            if (t.getObject().isURI()) {
                labelled.add(t.getObject());
            }
        });
        List<Triple> incoming = reads.find(Node.ANY, Node.ANY, resource);
        long from = (long) (page - 1) * PAGE;
        incoming.stream().sorted(INCOMING_ORDER).skip(from).limit(PAGE).forEach(t -> {
            description.add(t);
            labelled.add(t.getSubject());
        });
        String part = resource.isURI() ? resource.getURI() + "/" : null;
        for (Node node : labelled) {
            // The resource's own parts (an article's reference entries, roles, citations) change with it: not
            // worth remembering. Others (journals, people, cited works) recur from description to description.
            if (part != null && node.isURI() && node.getURI().startsWith(part)) {
                reads.find(node, LABEL_SET).forEach(description::add);
            } else {
                labels.get(atVersion, node, key -> List.copyOf(reads.find(key, LABEL_SET)))
                        .forEach(description::add);
            }
        }
        return new Description(description, incoming.size() > from + PAGE);
    }

    /** A resource's description and whether a next page of incoming links follows. */
    record Description(Graph graph, boolean hasNext) {}
}
