package org.scholarlod.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.scholarlod.rdf.Namespaces;

/**
 * The home page's list of articles, each as a reader scans a list: title, then authors (family names in author
 * order, "et al." past three), venue (journal or book) and year. Runs inside the caller's read transaction.
 */
final class ArticleListing {
    private static final String PREFIXES = Namespaces.sparql("dcterms", "foaf", "fabio", "pro", "oco");
    private static final int SHOWN_AUTHORS = 3;

    private ArticleListing() {}

    /** How a listing is sorted: newest first (undated last), by title, or by journal (then newest first). */
    enum Order {
        NEWEST("newest", "newest first", "", "ORDER BY DESC(STR(?issued)) ?title ?a"),
        TITLE("title", "by title", "", "ORDER BY ?title ?a"),
        // Every article's journal is read to sort, as every article's date is for NEWEST; those outside a journal last.
        JOURNAL(
                "journal",
                "by journal",
                " OPTIONAL { GRAPH ?g { ?a dcterms:isPartOf ?in } ?in dcterms:isPartOf* ?j ."
                        + " ?j a fabio:Journal ; dcterms:title ?journal }",
                "ORDER BY (!BOUND(?journal)) ?journal DESC(STR(?issued)) ?title ?a");

        final String parameter;
        final String label;
        final String pattern;
        final String sparql;

        Order(String parameter, String label, String pattern, String sparql) {
            this.parameter = parameter;
            this.label = label;
            this.pattern = pattern;
            this.sparql = sparql;
        }

        /** The order a request's {@code order} parameter names (none: newest first), or null for any other. */
        static Order of(String parameter) {
            if (parameter == null) {
                return NEWEST;
            }
            for (Order order : values()) {
                if (order.parameter.equals(parameter)) {
                    return order;
                }
            }
            return null;
        }
    }

    /**
     * One page of the catalogue's articles, {@code limit} from {@code offset}. ORDER BY with LIMIT is evaluated
     * keeping only offset + limit rows, so memory stays bounded however large the store; time grows with it.
     */
    static List<Map<String, String>> of(
            DatasetGraph dataset, ArticleView.Links links, Order order, long offset, int limit) {
        Map<Node, Map<String, String>> articles = new LinkedHashMap<>();
        Map<Node, Node> graphs = new LinkedHashMap<>();
        QueryExec.dataset(dataset)
                .query(QueryFactory.create(PREFIXES + "SELECT ?a ?title ?g WHERE { GRAPH ?g {"
                        + " ?g foaf:primaryTopic ?a . ?a dcterms:title ?title OPTIONAL { ?a dcterms:issued ?issued } }"
                        + order.pattern + " } " + order.sparql + " LIMIT " + limit + " OFFSET " + offset))
                .select()
                .forEachRemaining(row -> {
                    graphs.putIfAbsent(row.get("a"), row.get("g"));
                    articles.computeIfAbsent(row.get("a"), a -> {
                        Map<String, String> fresh = new HashMap<>();
                        fresh.put("href", links.href(a.getURI()));
                        fresh.put("title", row.get("title").getLiteralLexicalForm());
                        return fresh;
                    });
                });
        if (articles.isEmpty()) {
            return List.of();
        }
        // Dates and venues of the listed articles only, each looked up in its own graph: evaluated for every
        // graph at once, the venue's property path would grow with the store.
        String pairs = graphs.entrySet().stream()
                .map(e -> "(" + NodeFmtLib.strNT(e.getKey()) + " " + NodeFmtLib.strNT(e.getValue()) + ")")
                .collect(Collectors.joining(" "));
        QueryExec.dataset(dataset)
                .query(QueryFactory.create(PREFIXES + "SELECT ?a ?issued ?venue WHERE { VALUES (?a ?g) { "
                        + pairs + " } OPTIONAL { GRAPH ?g { ?a dcterms:issued ?issued } }"
                        + " OPTIONAL { GRAPH ?g { ?a dcterms:isPartOf ?in } ?in dcterms:isPartOf* ?v . ?v a ?vt ; dcterms:title ?venue ."
                        + " VALUES ?vt { fabio:Journal fabio:Book } } }"))
                .select()
                .forEachRemaining(row -> {
                    Map<String, String> item = articles.get(row.get("a"));
                    if (row.get("issued") != null) {
                        item.putIfAbsent(
                                "year",
                                row.get("issued").getLiteralLexicalForm().substring(0, 4));
                    }
                    if (row.get("venue") != null) {
                        item.putIfAbsent("venue", row.get("venue").getLiteralLexicalForm());
                    }
                });
        Map<Node, AuthorOrder> authors = new HashMap<>();
        // Only the listed articles' authors: a scan of every author role would grow with the store.
        String listed = articles.keySet().stream().map(NodeFmtLib::strNT).collect(Collectors.joining(" "));
        QueryExec.dataset(dataset)
                .query(QueryFactory.create(
                        PREFIXES + "SELECT ?a ?role ?next (MIN(?given) AS ?name) WHERE { VALUES ?a { "
                                + listed + " } GRAPH ?g {"
                                + " ?g foaf:primaryTopic ?a . ?a pro:isDocumentContextFor ?role . ?role pro:withRole pro:author ;"
                                + " pro:isHeldBy ?p . OPTIONAL { ?role oco:hasNext ?next } }"
                                + " OPTIONAL { ?p foaf:familyName ?family } OPTIONAL { ?p foaf:name ?full }"
                                + " BIND(COALESCE(?family, ?full) AS ?given) } GROUP BY ?a ?role ?next"))
                .select()
                .forEachRemaining(row -> {
                    if (articles.containsKey(row.get("a")) && row.get("name") != null) {
                        authors.computeIfAbsent(row.get("a"), a -> new AuthorOrder())
                                .add(
                                        row.get("role"),
                                        row.get("next"),
                                        row.get("name").getLiteralLexicalForm());
                    }
                });
        List<Map<String, String>> list = new ArrayList<>();
        articles.forEach((article, item) -> {
            List<String> parts = new ArrayList<>();
            AuthorOrder names = authors.get(article);
            if (names != null) {
                parts.add(names.shortList(SHOWN_AUTHORS));
            }
            if (item.containsKey("venue")) {
                parts.add(item.get("venue"));
            }
            if (item.containsKey("year")) {
                parts.add(item.get("year"));
            }
            item.put("details", String.join(" · ", parts));
            list.add(item);
        });
        return list;
    }

    /** Authors in the order of their OCDM roles' {@code oco:hasNext} chain. */
    private static final class AuthorOrder {
        private final Map<Node, String> names = new LinkedHashMap<>();
        private final Map<Node, Node> next = new HashMap<>();

        void add(Node role, Node following, String name) {
            names.putIfAbsent(role, name);
            if (following != null) {
                next.put(role, following);
            }
        }

        String shortList(int shown) {
            List<String> ordered = new ArrayList<>();
            Node first = names.keySet().stream()
                    .filter(r -> !next.containsValue(r))
                    .findFirst()
                    .orElse(names.keySet().iterator().next());
            for (Node role = first;
                    role != null && names.containsKey(role) && ordered.size() <= names.size();
                    role = next.get(role)) {
                ordered.add(names.get(role));
            }
            if (ordered.size() > shown) {
                return String.join(", ", ordered.subList(0, shown)) + " et al.";
            }
            return ordered.size() <= 1
                    ? String.join("", ordered)
                    : String.join(", ", ordered.subList(0, ordered.size() - 1)) + " & "
                            + ordered.get(ordered.size() - 1);
        }
    }
}
