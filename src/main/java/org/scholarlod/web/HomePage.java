package org.scholarlod.web;

import com.github.mustachejava.DefaultMustacheFactory;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * Answers {@code GET /} with what the dataset holds and how to query it, and {@code /favicon.ico} with "no icon";
 * every other request goes on.
 * A filter rather than a servlet, because the dataset mounted at "/" would otherwise claim the root. The page
 * is rendered once: the store does not change while it is served read-only.
 */
final class HomePage implements Filter {
    private static final String PREFIXES = "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
            + "PREFIX cito: <http://purl.org/spar/cito/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";
    private static final int LISTED = 100;

    private final byte[] page;

    HomePage(DatasetGraph dataset, ArticleView.Links links) {
        Map<String, Object> model = Txn.calculateRead(dataset, () -> model(dataset, links));
        StringWriter out = new StringWriter();
        new DefaultMustacheFactory("web").compile("home.mustache").execute(out, model);
        page = out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> model(DatasetGraph dataset, ArticleView.Links links) {
        Map<String, Object> model = new HashMap<>();
        model.put("articles", count(dataset, "?g foaf:primaryTopic ?x"));
        model.put("citedWorks", count(dataset, "?a cito:cites ?x"));
        model.put("people", count(dataset, "?x a foaf:Person"));
        model.put("organisations", count(dataset, "?x a foaf:Organization"));
        model.put("concepts", count(dataset, "?x a skos:Concept"));
        List<Map<String, String>> list = new ArrayList<>();
        QueryExec.dataset(dataset).query(QueryFactory.create(PREFIXES + "SELECT DISTINCT ?a ?title WHERE { GRAPH ?g "
                + "{ ?g foaf:primaryTopic ?a . ?a dcterms:title ?title } } ORDER BY ?title LIMIT " + LISTED))
                .select().forEachRemaining(row -> list.add(Map.of("href", links.href(row.get("a").getURI()),
                        "title", row.get("title").getLiteralLexicalForm())));
        model.put("list", list);
        model.put("queries", ExampleQueries.load());
        return model;
    }

    private static long count(DatasetGraph dataset, String pattern) {
        var rows = QueryExec.dataset(dataset).query(QueryFactory.create(PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) "
                + "WHERE { " + (pattern.startsWith("?g") ? "GRAPH ?g { " + pattern + " }" : pattern) + " }")).select();
        return rows.hasNext() ? ((Number) rows.next().get("n").getLiteralValue()).longValue() : 0;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if ("/favicon.ico".equals(http.getRequestURI())) {
            // Browsers ask every origin for an icon, even on the endpoint's result pages: say there is none.
            HttpServletResponse out = (HttpServletResponse) response;
            out.setStatus(HttpServletResponse.SC_NO_CONTENT);
            out.setHeader("Cache-Control", "public, max-age=86400");
            return;
        }
        boolean root = "/".equals(http.getRequestURI());
        if (!root || !("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse out = (HttpServletResponse) response;
        out.setContentType("text/html; charset=utf-8");
        out.setContentLength(page.length);
        if ("GET".equals(http.getMethod())) {
            out.getOutputStream().write(page);
        }
    }
}
