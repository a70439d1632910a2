package org.scholarlod.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Namespaces;

/**
 * The links a reader follows from a person or an organisation, two steps away in the graph: a person's works
 * and organisations; an organisation's people, units, parent and grants; and the {@link CatalogueProfile}.
 */
final class RelatedView {
    private static final String PREFIXES =
            Namespaces.sparql("dcterms", "foaf", "pro", "org", "frapo", "cito", "slod", "xsd");
    private static final Map<String, Query> PERSON = ordered(
            "Works", "SELECT DISTINCT ?x ?label WHERE { ?x dcterms:creator $r ; dcterms:title ?label } ORDER BY ?label",
            "Organisations",
                    "SELECT DISTINCT ?x ?label WHERE { ?role pro:isHeldBy $r ; pro:relatesToOrganization ?x . "
                            + "?x foaf:name ?label } ORDER BY ?label",
            // Matched by name only, so said as a possibility and never merged with the person.
            "May be the author of these cited works (the same name in a reference list)",
                    "SELECT ?x ?label WHERE { "
                            + "?m slod:articleAuthor $r . ?c slod:hasAuthorMatch ?m ; cito:hasCitedEntity ?x ; "
                            + "cito:hasCitingEntity ?a . ?a dcterms:title ?citing . OPTIONAL { ?x dcterms:title ?t } "
                            + "OPTIONAL { ?x dcterms:issued ?y } BIND(REPLACE(STR(?c), '^.*/citation/', '') AS ?n) "
                            + "BIND(CONCAT('Reference ', ?n, ': ', COALESCE(?t, 'a work without a title'), "
                            + "IF(BOUND(?y), CONCAT(' (', SUBSTR(STR(?y), 1, 4), ')'), '')) AS ?label) } "
                            + "ORDER BY ?citing xsd:integer(?n)");
    private static final Map<String, Query> ORGANISATION = ordered(
            "People",
            "SELECT DISTINCT ?x ?label WHERE { ?role pro:relatesToOrganization $r ; pro:isHeldBy ?x . "
                    + "?x foaf:name ?label } ORDER BY ?label",
            "Units",
            "SELECT DISTINCT ?x ?label WHERE { ?x org:subOrganizationOf $r ; foaf:name ?label } ORDER BY ?label",
            "Part of",
            "SELECT DISTINCT ?x ?label WHERE { $r org:subOrganizationOf ?x . ?x foaf:name ?label } ORDER BY ?label",
            "Grants awarded",
            "SELECT DISTINCT ?x ?label WHERE { ?x frapo:isAwardedBy $r ; frapo:hasGrantNumber ?label } "
                    + "ORDER BY ?label");

    /** Headings and their queries, parsed once, in the order the page shows them: parsing cost more than running. */
    private static Map<String, Query> ordered(String... headingsAndQueries) {
        Map<String, Query> map = new LinkedHashMap<>();
        for (int i = 0; i < headingsAndQueries.length; i += 2) {
            map.put(headingsAndQueries[i], QueryFactory.create(PREFIXES + headingsAndQueries[i + 1]));
        }
        return Collections.unmodifiableMap(map);
    }

    /** {@code $r} is the resource a query is about, bound when it runs. */
    private static final Var R = Var.alloc("r");

    private final DatasetGraph dataset;
    private final CitingArticles citing;
    private final ArticleView.Links links;

    RelatedView(DatasetGraph dataset, CitingArticles citing, ArticleView.Links links) {
        this.dataset = dataset;
        this.citing = citing;
        this.links = links;
    }

    /** How many citing articles a page lists before pointing to the endpoint for the rest. */
    static final int CITED_BY_SHOWN = 50;

    /**
     * "Cited by N articles in this catalogue, newest first": the first {@value #CITED_BY_SHOWN}, then a query for
     * all.
     */
    private void citedBy(Node resource, long atVersion, List<Map<String, Object>> sections) {
        List<Map<String, String>> items = new ArrayList<>();
        Set<Node> citers = new HashSet<>();
        for (CitingArticles.Row row : citing.of(resource, atVersion)) {
            if (citers.add(row.article()) && items.size() < CITED_BY_SHOWN) {
                items.add(Map.of("href", links.href(row.article().getURI()), "label", row.label()));
            }
        }
        long total = citers.size();
        if (total == 0) {
            return;
        }
        if (total > CITED_BY_SHOWN) {
            items.add(Map.of(
                    "href",
                    "/sparql?query=" + URLEncoder.encode(CitingArticles.query(resource), StandardCharsets.UTF_8),
                    "label",
                    "… and " + (total - CITED_BY_SHOWN) + " more: the whole list from the SPARQL endpoint"));
        }
        sections.add(Map.of(
                "heading",
                "Cited by " + Plural.of(total, "article", "articles") + " in this catalogue, newest first",
                "items",
                items));
    }

    /**
     * Sections of links, each {heading, items: [{href, label}]}, for a person, an organisation or a catalogue
     * article (the articles citing it); run in a read transaction that began after {@code atVersion} was read.
     */
    List<Map<String, Object>> of(Node resource, Graph description, boolean article, long atVersion) {
        boolean person = description.contains(resource, RDF.Nodes.type, Foaf.Person);
        boolean organisation = description.contains(resource, RDF.Nodes.type, Foaf.Organization);
        Map<String, Query> queries = person ? PERSON : organisation ? ORGANISATION : Map.of();
        List<Map<String, Object>> sections = new ArrayList<>();
        if (article) {
            citedBy(resource, atVersion, sections);
        }
        sections.addAll(new CatalogueProfile(dataset, links).of(resource, description));
        queries.entrySet().forEach(entry -> {
            List<Map<String, String>> items = new ArrayList<>();
            RowSet rows = QueryExec.dataset(dataset)
                    .query(entry.getValue())
                    .substitution(R, resource)
                    .select();
            rows.forEachRemaining(row -> {
                Map<String, String> item = new HashMap<>();
                item.put("href", links.href(row.get("x").getURI()));
                item.put("label", row.get("label").getLiteralLexicalForm());
                items.add(item);
            });
            if (!items.isEmpty()) {
                sections.add(Map.of("heading", entry.getKey(), "items", items));
            }
        });
        return sections;
    }
}
