package org.scholarlod.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scholarlod.rdf.Cito;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Skos;
import org.scholarlod.rdf.VoidVocab;

/**
 * The route of the home page, {@code /}: what the dataset holds, how to query it, and the articles page by page
 * in three orders. The first page is rendered on first use and again after an update changes the store.
 */
final class HomePage extends Route {
    private static final long serialVersionUID = 1L;

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

    private static Map<String, Object> model(
            DatasetGraph dataset,
            DatasetDescription description,
            ArticleView.Links links,
            ArticleListing.Order order,
            long number) {
        // The counts are the VoID description's, so that the page and /.well-known/void never disagree.
        Map<String, Object> model = new HashMap<>();
        model.put(
                "summary",
                Plural.of(description.total(VoidVocab.documents), "article", "articles") + ", citing "
                        + Plural.of(description.distinctObjects(Cito.cites), "work", "works")
                        + "; "
                        + Plural.of(description.entities(Foaf.Person), "person", "people") + ", "
                        + Plural.of(description.entities(Foaf.Organization), "organisation", "organisations")
                        + ", "
                        + Plural.of(description.entities(Skos.Concept), "keyword", "keywords")
                        + "; " + Plural.of(description.total(VoidVocab.triples), "triple", "triples") + " in all");
        model.put("license", description.license());
        model.put("releases", description.releases());
        model.put("licenseName", ServerSettings.CC0.equals(description.license()) ? "CC0 1.0" : description.license());
        List<String> services = description.services();
        List<Map<String, String>> listed = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            listed.add(Map.of("url", services.get(i), "sep", i == services.size() - 1 ? "" : ", "));
        }
        model.put("services", listed);
        List<Map<String, String>> list = ArticleListing.of(dataset, links, order, (number - 1) * LISTED, LISTED);
        model.put("list", list);
        long total = description.total(VoidVocab.documents);
        long pages = Math.max(1, Math.min(LAST_PAGE, (total + LISTED - 1) / LISTED));
        String by = order == ArticleListing.Order.NEWEST ? "" : "&order=" + order.parameter;
        model.put(
                "listing",
                Character.toUpperCase(order.label.charAt(0)) + order.label.substring(1) + ", page " + number + " of "
                        + pages);
        List<Map<String, String>> others = new ArrayList<>();
        for (ArticleListing.Order other : ArticleListing.Order.values()) {
            if (other != order) {
                others.add(Map.of(
                        "href",
                        other == ArticleListing.Order.NEWEST ? "/" : "/?order=" + other.parameter,
                        "name",
                        other.label));
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
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("page");
        long pageNumber;
        try {
            pageNumber = number == null ? 1 : Long.parseLong(number);
        } catch (NumberFormatException e) {
            pageNumber = -1;
        }
        ArticleListing.Order sorted = ArticleListing.Order.of(request.getParameter("order"));
        if (pageNumber < 1 || pageNumber > LAST_PAGE || sorted == null) {
            ErrorPage.plain(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "page must be a number from 1 to " + LAST_PAGE + " and order 'newest', 'title' or 'journal'");
            return;
        }
        Instant lastModified = version.lastModified();
        byte[] page = pageNumber == 1 && sorted == ArticleListing.Order.NEWEST ? page() : render(sorted, pageNumber);
        if (!Freshness.of(page, Freshness.FIVE_MINUTES, lastModified).answer(request, response)) {
            send(request, response, "text/html; charset=utf-8", page);
        }
    }
}
