package org.scholarlod.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What ScholarLOD serves about a resource: its own triples, the labels of everything it links to, and the
 * resources that link to it with their labels, a page of {@link #PAGE} at a time. It is one SPARQL query
 * ({@link #query}), so that what is served equals what the endpoint answers to the same query.
 */
final class ResourceDescriber {
    /** Incoming links per page. */
    static final int PAGE = 500;
    private static final String LABELS = "VALUES ?lp { <http://xmlns.com/foaf/0.1/name> <http://purl.org/dc/terms/title> "
            + "<http://www.w3.org/2004/02/skos/core#prefLabel> <http://www.w3.org/2000/01/rdf-schema#label> "
            + "<http://www.w3.org/2006/vcard/ns#locality> <http://www.w3.org/2006/vcard/ns#region> "
            + "<http://www.w3.org/2006/vcard/ns#country-name> }";

    private final DatasetGraph dataset;

    ResourceDescriber(DatasetGraph dataset) {
        this.dataset = dataset;
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

    /** The description (empty when the store says nothing about the resource). */
    Graph describe(Node resource, int page) {
        if (dataset.containsGraph(resource)) {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.getGraph(resource).find().forEachRemaining(copy::add);
            return copy;
        }
        Query query = QueryFactory.create(query(resource, page));
        return QueryExec.dataset(dataset).query(query).construct();
    }

    /** How many resources link to this one, for paging. */
    long incoming(Node resource) {
        Query query = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p " + NodeFmtLib.strNT(resource) + " }");
        var rows = QueryExec.dataset(dataset).query(query).select();
        return rows.hasNext() ? ((Number) rows.next().get("n").getLiteralValue()).longValue() : 0;
    }
}
