package org.scholarlod.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.scholarlod.rdf.Cito;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Namespaces;
import org.scholarlod.store.NodeIdReads;

/**
 * The catalogue articles citing a work, newest first: the rows {@link #query} answers, read straight from the
 * indexes, because planning and running that query cost an article page more than all its other reads. A citing
 * article's rows are remembered for the store version they were read at: an article citing twenty catalogue
 * articles recurs on twenty pages.
 */
final class CitingArticles {
    private static final String SELECT = Namespaces.sparql("cito", "foaf", "dcterms")
            + "SELECT DISTINCT ?x ?label ?y WHERE { ?x cito:cites $r . "
            + "GRAPH ?g { ?g foaf:primaryTopic ?x . ?x dcterms:title ?t OPTIONAL { ?x dcterms:issued ?y } } "
            + "BIND(CONCAT(?t, IF(BOUND(?y), CONCAT(' (', SUBSTR(STR(?y), 1, 4), ')'), '')) AS ?label) } "
            + "ORDER BY DESC(STR(?y)) ?label";
    /** SPARQL's order: dates as strings, newest first, undated last; then labels. */
    private static final Comparator<Row> ORDER = Comparator.comparing(
                    Row::date, Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(Row::label);

    /** A citing article, its label (title and year) and its date (null if it has none). */
    record Row(Node article, String label, String date) {}

    /** Citing articles whose rows are remembered: a few hundred bytes each. */
    private static final int ARTICLES_REMEMBERED = 50_000;

    private final NodeIdReads reads;
    private final VersionedReads<List<Row>> remembered = new VersionedReads<>(ARTICLES_REMEMBERED);

    CitingArticles(DatasetGraph dataset) {
        this.reads = new NodeIdReads(dataset);
    }

    /** The SPARQL query whose answer {@link #of} gives, for the endpoint. */
    static String query(Node work) {
        return SELECT.replace("$r", NodeFmtLib.strNT(work));
    }

    /**
     * The distinct rows of {@link #query}, in its order (run in a read transaction that began after
     * {@code atVersion} was read).
     */
    List<Row> of(Node work, long atVersion) {
        Set<Row> rows = new LinkedHashSet<>();
        for (Triple cites : reads.find(Node.ANY, Cito.cites, work)) {
            rows.addAll(remembered.get(atVersion, cites.getSubject(), this::rows));
        }
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(ORDER);
        return sorted;
    }

    /** A citing article's rows: its title and date in each graph it is the primary topic of. */
    private List<Row> rows(Node article) {
        Set<Row> rows = new LinkedHashSet<>();
        for (Quad topic : reads.quads(Node.ANY, Node.ANY, Foaf.primaryTopic, article)) {
            if (topic.getGraph().equals(topic.getSubject())) {
                rows(topic.getGraph(), article, rows);
            }
        }
        return List.copyOf(rows);
    }

    private void rows(Node graph, Node article, Set<Row> rows) {
        // Two exact lookups: one scan of the article's own statements, skipping all but these, cost more.
        List<String> dates = new ArrayList<>();
        reads.quads(graph, article, Dct.issued, Node.ANY).forEach(q -> dates.add(string(q.getObject())));
        for (Quad q : reads.quads(graph, article, Dct.title, Node.ANY)) {
            // CONCAT of anything but a literal title is an error in SPARQL, which leaves ?label unbound: no row here.
            if (!q.getObject().isLiteral()) {
                continue;
            }
            String title = q.getObject().getLiteralLexicalForm();
            if (dates.isEmpty()) {
                rows.add(new Row(article, title, null));
            }
            for (String date : dates) {
                rows.add(new Row(
                        article,
                        title + " ("
                                + date.substring(
                                        0,
                                        date.offsetByCodePoints(0, Math.min(4, date.codePointCount(0, date.length()))))
                                + ")",
                        date));
            }
        }
    }

    /** STR() of a term. */
    private static String string(Node node) {
        return node.isLiteral()
                ? node.getLiteralLexicalForm()
                : node.isURI() ? node.getURI() : node.getBlankNodeLabel();
    }
}
