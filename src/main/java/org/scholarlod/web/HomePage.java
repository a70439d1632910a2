package org.scholarlod.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Answers {@code GET /} with what the dataset holds and how to query it, and {@code /favicon.ico} with "no icon";
 * every other request goes on.
 * A filter rather than a servlet, because the dataset mounted at "/" would otherwise claim the root. The page
 * is rendered on first use and again after an update changes the store.
 */
final class HomePage implements Filter {
    /** Articles on one page of the listing. */
    static final int LISTED = 50;
    /** The deepest page served: past it, the endpoint is the way to read the catalogue. */
    private static final long LAST_PAGE = 100_000;

    private final DatasetGraph dataset;
    private final DatasetDescription description;
    private final StoreVersion version;
    private final ArticleView.Links links;
    private final Mustache template = new DefaultMustacheFactory("web").compile("home.mustache");
    private volatile byte[] page;
    private volatile long pageVersion = -1;

    HomePage(DatasetGraph dataset, DatasetDescription description, StoreVersion version, ArticleView.Links links) {
        this.dataset = dataset;
        this.description = description;
        this.version = version;
        this.links = links;
    }

    private byte[] page() {
        long current = version.version();
        if (pageVersion != current) {
            synchronized (this) {
                if (pageVersion != current) {
                    page = render(ArticleListing.Order.NEWEST, 1);
                    pageVersion = current;
                }
            }
        }
        return page;
    }

    private byte[] render(ArticleListing.Order order, long number) {
        Map<String, Object> model = Txn.calculateRead(dataset, () -> model(dataset, description, links, order, number));
        PageText out = new PageText();
        template.execute(out, model);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> model(DatasetGraph dataset, DatasetDescription description,
                                             ArticleView.Links links, ArticleListing.Order order, long number) {
        // The counts are the VoID description's, so that the page and /.well-known/void never disagree.
        Map<String, Object> model = new HashMap<>();
        model.put("summary", Plural.of(description.total("documents"), "article", "articles") + ", citing "
                + Plural.of(description.distinctObjects("http://purl.org/spar/cito/cites"), "work", "works") + "; "
                + Plural.of(description.entities("http://xmlns.com/foaf/0.1/Person"), "person", "people") + ", "
                + Plural.of(description.entities("http://xmlns.com/foaf/0.1/Organization"), "organisation",
                        "organisations") + ", "
                + Plural.of(description.entities("http://www.w3.org/2004/02/skos/core#Concept"), "keyword", "keywords")
                + "; " + Plural.of(description.total("triples"), "triple", "triples") + " in all");
        model.put("license", description.license());
        model.put("licenseName", ServerSettings.CC0.equals(description.license()) ? "CC0 1.0" : description.license());
        List<String> services = description.services();
        List<Map<String, String>> listed = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            listed.add(Map.of("url", services.get(i), "sep", i == services.size() - 1 ? "" : ", "));
        }
        model.put("services", listed);
        List<Map<String, String>> list = ArticleListing.of(dataset, links, order, (number - 1) * LISTED, LISTED);
        model.put("list", list);
        long total = description.total("documents");
        long pages = Math.max(1, Math.min(LAST_PAGE, (total + LISTED - 1) / LISTED));
        String by = order == ArticleListing.Order.NEWEST ? "" : "&order=" + order.parameter;
        model.put("listing", Character.toUpperCase(order.label.charAt(0)) + order.label.substring(1) + ", page " + number
                + " of " + pages);
        List<Map<String, String>> others = new ArrayList<>();
        for (ArticleListing.Order other : ArticleListing.Order.values()) {
            if (other != order) {
                others.add(Map.of("href", other == ArticleListing.Order.NEWEST ? "/" : "/?order=" + other.parameter,
                        "name", other.label));
            }
        }
        model.put("orders", others);
        if (number > 1) {
            model.put("previous", "/?page=" + (number - 1) + by);
        }
        if (number < pages) {
            model.put("next", "/?page=" + (number + 1) + by);
        }
        model.put("queries", ExampleQueries.all());
        return model;
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
        String order = http.getParameter("order");
        String number = http.getParameter("page");
        long pageNumber;
        try {
            pageNumber = number == null ? 1 : Long.parseLong(number);
        } catch (NumberFormatException e) {
            pageNumber = -1;
        }
        ArticleListing.Order sorted = ArticleListing.Order.of(order);
        if (pageNumber < 1 || pageNumber > LAST_PAGE || sorted == null) {
            out.sendError(HttpServletResponse.SC_BAD_REQUEST, "page must be a number from 1 to " + LAST_PAGE
                    + " and order 'newest', 'title' or 'journal'");
            return;
        }
        byte[] page = pageNumber == 1 && sorted == ArticleListing.Order.NEWEST ? page() : render(sorted, pageNumber);
        out.setContentType("text/html; charset=utf-8");
        out.setContentLength(page.length);
        if ("GET".equals(http.getMethod())) {
            out.getOutputStream().write(page);
        }
    }
}
