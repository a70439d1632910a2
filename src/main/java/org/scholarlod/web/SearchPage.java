package org.scholarlod.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.scholarlod.rdf.Namespaces;

/**
 * The route of {@code /search?q=…}: full-text search over titles, names, abstracts and keywords (jena-text's
 * {@code text:query}), best matches first, each linked to its page.
 */
final class SearchPage extends Route {
    private static final long serialVersionUID = 1L;

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("web").compile("search.mustache");
    static final String PATH = "/search";
    private static final int LIMIT = 50;

    private final DatasetGraph dataset;
    private final ArticleView.Links links;

    SearchPage(DatasetGraph dataset, ArticleView.Links links) {
        this.dataset = dataset;
        this.links = links;
    }

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q") == null
                ? ""
                : request.getParameter("q").strip();
        Map<String, Object> model = new HashMap<>();
        model.put("q", q);
        List<Map<String, String>> results = q.isEmpty() ? List.of() : search(q);
        model.put("results", results);
        model.put("searched", !q.isEmpty());
        model.put("none", !q.isEmpty() && results.isEmpty());
        PageText out = new PageText();
        TEMPLATE.execute(out, model);
        send(request, response, "text/html; charset=utf-8", out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The best match per resource; the user's words are escaped, so that Lucene's syntax cannot break the query. */
    private List<Map<String, String>> search(String q) {
        // Lower case, so that words such as OR and AND are words, not operators.
        String literal =
                NodeFmtLib.strNT(NodeFactory.createLiteralString(QueryParser.escape(q.toLowerCase(Locale.ROOT))));
        String query = Namespaces.sparql("text") + "SELECT ?s ?score ?lit WHERE { " + "(?s ?score ?lit) text:query ("
                + literal + " " + LIMIT + ") } ORDER BY DESC(?score) ?s";
        Map<String, Map<String, String>> best = new LinkedHashMap<>();
        Txn.executeRead(
                dataset,
                () -> QueryExec.dataset(dataset)
                        .query(QueryFactory.create(query))
                        .select()
                        .forEachRemaining(row -> {
                            String uri = row.get("s").getURI();
                            if (uri != null && !best.containsKey(uri)) {
                                String text = row.get("lit") == null
                                        ? uri
                                        : row.get("lit").getLiteralLexicalForm();
                                best.put(
                                        uri,
                                        Map.of(
                                                "href",
                                                links.href(uri),
                                                "label",
                                                text.length() > 200 ? text.substring(0, 200) + "…" : text));
                            }
                        }));
        return new ArrayList<>(best.values());
    }
}
