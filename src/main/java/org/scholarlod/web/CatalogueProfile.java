package org.scholarlod.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.Fabio;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Namespaces;

/**
 * What a researcher looks for about a person, an organisation or a journal across the catalogue, as Scholia
 * shows it: works by year (a bar chart), co-authors, the most cited works, and for a journal, its volumes and
 * issues as tables of contents. Every figure counts catalogue articles (those with a graph of their own).
 */
final class CatalogueProfile {
    private static final String PREFIXES = Namespaces.sparql("dcterms", "foaf", "pro", "cito", "fabio", "prism", "xsd");
    private static final int CO_AUTHORS = 20;
    private static final int MOST_CITED = 10;
    private static final int WIDTH = 640;
    private static final int BAR_AREA = 140;
    private static final int MAX_BAR = 36;

    private final DatasetGraph dataset;
    private final ArticleView.Links links;

    CatalogueProfile(DatasetGraph dataset, ArticleView.Links links) {
        this.dataset = dataset;
        this.links = links;
    }

    /** The sections for {@code resource}, described by {@code description}; none if it is none of those kinds. */
    List<Map<String, Object>> of(Node resource, Graph description) {
        String r = NodeFmtLib.strNT(resource);
        String articles;
        boolean container = false;
        if (description.contains(resource, RDF.Nodes.type, Foaf.Person)) {
            articles = "GRAPH ?g { ?g foaf:primaryTopic ?a . ?a dcterms:creator " + r + " }";
        } else if (description.contains(resource, RDF.Nodes.type, Foaf.Organization)) {
            articles = "GRAPH ?g { ?g foaf:primaryTopic ?a . ?a pro:isDocumentContextFor ?role . "
                    + "?role pro:relatesToOrganization " + r + " }";
        } else if (description.contains(resource, RDF.Nodes.type, Fabio.Journal)
                || description.contains(resource, RDF.Nodes.type, Fabio.JournalVolume)
                || description.contains(resource, RDF.Nodes.type, Fabio.JournalIssue)) {
            // From the container down: evaluated from the articles up, the path would visit every article.
            articles =
                    "?in dcterms:isPartOf* " + r + " . GRAPH ?g { ?g foaf:primaryTopic ?a . ?a dcterms:isPartOf ?in }";
            container = true;
        } else {
            return List.of();
        }
        List<Map<String, Object>> sections = new ArrayList<>();
        if (description.contains(resource, RDF.Nodes.type, Fabio.JournalIssue)) {
            contents(articles, sections);
            return sections;
        }
        if (!description.contains(resource, RDF.Nodes.type, Fabio.JournalVolume)) {
            years(articles, sections);
        }
        if (container) {
            parts(r, resource, description, sections);
        } else if (description.contains(resource, RDF.Nodes.type, Foaf.Person)) {
            list(
                    sections,
                    "Co-authors in this catalogue, by works together",
                    "SELECT ?x (SAMPLE(?name) AS ?label) "
                            + "(COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?g foaf:primaryTopic ?a . ?a dcterms:creator "
                            + r
                            + " , ?x } FILTER(?x != " + r
                            + ") ?x foaf:name ?name } GROUP BY ?x ORDER BY DESC(?n) ?label LIMIT "
                            + CO_AUTHORS,
                    "work together",
                    "works together");
        }
        list(
                sections,
                "Most cited in this catalogue",
                "SELECT ?a (SAMPLE(?t) AS ?label) (COUNT(DISTINCT ?c) AS ?n) WHERE { "
                        + articles
                        + " GRAPH ?g { ?a dcterms:title ?t } ?c cito:cites ?a . GRAPH ?cg { ?cg foaf:primaryTopic ?c } } "
                        + "GROUP BY ?a ORDER BY DESC(?n) ?label LIMIT " + MOST_CITED,
                "citation",
                "citations");
        return sections;
    }

    private void years(String articles, List<Map<String, Object>> sections) {
        TreeMap<Integer, Long> byYear = new TreeMap<>();
        QueryExec.dataset(dataset)
                .query(
                        PREFIXES + "SELECT ?year (COUNT(DISTINCT ?a) AS ?n) WHERE { " + articles
                                + " GRAPH ?g { ?a dcterms:issued ?d } BIND(xsd:integer(SUBSTR(STR(?d), 1, 4)) AS ?year) } GROUP BY ?year")
                .select()
                .forEachRemaining(row -> {
                    if (row.get("year") != null) {
                        byYear.put(
                                ((Number) row.get("year").getLiteralValue()).intValue(),
                                ((Number) row.get("n").getLiteralValue()).longValue());
                    }
                });
        if (!byYear.isEmpty()) {
            long total = byYear.values().stream().mapToLong(Long::longValue).sum();
            sections.add(Map.of(
                    "heading",
                    Plural.of(total, "work", "works") + " in this catalogue, by year",
                    "bars",
                    bars(byYear)));
        }
    }

    /** A journal's volumes, a volume's issues, each with its number of catalogue articles. */
    private void parts(String r, Node resource, Graph description, List<Map<String, Object>> sections) {
        boolean journal = description.contains(resource, RDF.Nodes.type, Fabio.Journal);
        String kind = journal ? "fabio:JournalVolume" : "fabio:JournalIssue";
        list(
                sections,
                journal ? "Volumes" : "Issues",
                "SELECT ?x (CONCAT('" + (journal ? "Volume " : "Issue ")
                        + "', SAMPLE(?num)) AS ?label) (SAMPLE(?num) AS ?number) (COUNT(DISTINCT ?a) AS ?n) WHERE { ?x dcterms:isPartOf "
                        + r + " ; a " + kind
                        + " ; fabio:hasSequenceIdentifier ?num . ?in dcterms:isPartOf* ?x . GRAPH ?g { ?g foaf:primaryTopic ?a . "
                        + "?a dcterms:isPartOf ?in } } GROUP BY ?x ORDER BY DESC(xsd:integer(?number)) ?label",
                "article",
                "articles");
        if (!journal) {
            contents(
                    "?in dcterms:isPartOf* " + r + " . GRAPH ?g { ?g foaf:primaryTopic ?a . ?a dcterms:isPartOf ?in }",
                    sections);
        }
    }

    /** A table of contents: the articles in page order, then by title. */
    private void contents(String articles, List<Map<String, Object>> sections) {
        List<Map<String, String>> items = new ArrayList<>();
        QueryExec.dataset(dataset)
                .query(PREFIXES + "SELECT ?a ?label ?first ?last WHERE { " + articles
                        + " GRAPH ?g { ?a dcterms:title ?label OPTIONAL { ?a prism:startingPage ?first } "
                        + "OPTIONAL { ?a prism:endingPage ?last } } } ORDER BY xsd:integer(?first) ?first ?label")
                .select()
                .forEachRemaining(row -> {
                    String pages = row.get("first") == null
                            ? ""
                            : ", pp. " + row.get("first").getLiteralLexicalForm()
                                    + (row.get("last") == null
                                            ? ""
                                            : "–" + row.get("last").getLiteralLexicalForm());
                    items.add(Map.of(
                            "href",
                            links.href(row.get("a").getURI()),
                            "label",
                            row.get("label").getLiteralLexicalForm() + pages));
                });
        if (!items.isEmpty()) {
            sections.add(Map.of("heading", "Contents", "items", items));
        }
    }

    private void list(List<Map<String, Object>> sections, String heading, String query, String one, String many) {
        List<Map<String, String>> items = new ArrayList<>();
        QueryExec.dataset(dataset).query(PREFIXES + query).select().forEachRemaining(row -> {
            long n = ((Number) row.get("n").getLiteralValue()).longValue();
            Node x = row.contains("x") ? row.get("x") : row.get("a");
            if (n > 0 && row.get("label") != null) {
                items.add(Map.of(
                        "href",
                        links.href(x.getURI()),
                        "label",
                        row.get("label").getLiteralLexicalForm() + " — " + Plural.of(n, one, many)));
            }
        });
        if (!items.isEmpty()) {
            sections.add(Map.of("heading", heading, "items", items));
        }
    }

    /** One bar per year from the first to the last, a tick every few years. */
    private static Map<String, Object> bars(TreeMap<Integer, Long> byYear) {
        int first = byYear.firstKey();
        int last = byYear.lastKey();
        long max = byYear.values().stream().mapToLong(Long::longValue).max().orElse(1);
        double step = (WIDTH - 40.0) / (last - first + 1);
        List<Map<String, Object>> bars = new ArrayList<>();
        byYear.forEach((year, n) -> {
            double height = (double) n / max * (BAR_AREA - 10);
            bars.add(Map.of(
                    "x",
                    SvgCoordinate.format(20 + (year - first) * step),
                    "y",
                    SvgCoordinate.format(BAR_AREA - height),
                    "width",
                    SvgCoordinate.format(Math.min(MAX_BAR, Math.max(1, step - 1))),
                    "height",
                    SvgCoordinate.format(height),
                    "title",
                    year + ": " + Plural.of(n, "work", "works")));
        });
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (int year = first; year <= last; year += Math.max(1, (last - first) / 8)) {
            ticks.add(Map.of("x", SvgCoordinate.format(20 + (year - first) * step), "label", Integer.toString(year)));
        }
        Map<String, Object> chart = new HashMap<>();
        chart.put("width", WIDTH);
        chart.put("height", BAR_AREA + 30);
        chart.put("tickY", BAR_AREA + 18);
        chart.put("columns", bars);
        chart.put("ticks", ticks);
        return chart;
    }
}
