package org.scholarlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scholarlod.cite.CslFormatter;
import org.scholarlod.cite.CslStyle;
import org.scholarlod.rdf.BaseUri;

/**
 * The route of every URI minted under the base, {@code /id/…} and {@code /graph/…}: the resource's description
 * in the representation negotiated ({@link Negotiation}), read in one transaction ({@link ResourceDescription})
 * and written ({@link DescriptionRenderer}) with the caching and alternate-link headers linked-data clients
 * expect; 406 for what it cannot serve, 404 for what the store does not know. An article's reference list
 * downloads are under the article's own path ({@link ReferenceListDownload}).
 */
final class ResourceRoute extends Route {
    private static final long serialVersionUID = 1L;

    private final DatasetGraph dataset;
    private final BaseUri base;
    private final StoreVersion version;
    private final ResourceDescription descriptions;
    private final DescriptionRenderer renderer;
    private final ReferenceListDownload referenceLists;

    ResourceRoute(DatasetGraph dataset, BaseUri base, StoreVersion version) {
        this.dataset = dataset;
        this.base = base;
        this.version = version;
        this.descriptions = new ResourceDescription(dataset, new ResourcePage(base)::href);
        this.renderer = new DescriptionRenderer(base);
        this.referenceLists = new ReferenceListDownload(dataset, base);
    }

    /** What one read transaction found for a request: the choice made and what the answer is written from. */
    private record Answer(
            Negotiation negotiation,
            List<Representation> offers,
            Representation chosen,
            ResourceDescription.Found found,
            ResourceDescription.Extras extras) {
        boolean acceptable() {
            return chosen != null && offers.contains(chosen);
        }
    }

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (ReferenceListDownload.serves(path)) {
            referenceLists.answer(request, response, path);
            return;
        }
        int page = page(request.getParameter("page"));
        long atVersion = version.version();
        Answer answer = Txn.calculateRead(dataset, () -> answer(request, path, page, atVersion));
        Negotiation negotiation = answer.negotiation();
        negotiation.vary(response);
        if (answer.found().graph().isEmpty()) {
            ErrorPage.notFound(request, response, answer.chosen() == null ? Representation.HTML : answer.chosen());
            return;
        }
        if (!answer.acceptable()) {
            ErrorPage.notAcceptable(response, answer.offers());
            return;
        }
        CslStyle style;
        try {
            style = answer.extras().work() == null ? CslStyle.APA : negotiation.style(request, answer.chosen());
        } catch (IllegalArgumentException e) {
            ErrorPage.plain(response, 400, e.getMessage());
            return;
        }
        if (answer.chosen() == Representation.BIBLIOGRAPHY
                && CslFormatter.entry(answer.extras().work(), style).isEmpty()) {
            ErrorPage.plain(
                    response, 406, "the citation style '" + style.id() + "' makes no bibliography entry for this work");
            return;
        }
        String next = answer.found().hasNext() ? "?page=" + (page + 1) : null;
        negotiation.describe(response, answer.chosen(), style, answer.offers(), next);
        Node resource = uri(negotiation.path());
        byte[] body = renderer.render(
                answer.chosen(),
                resource,
                answer.found(),
                answer.extras(),
                style,
                negotiation.alternates(answer.offers()),
                next);
        if (!Freshness.of(body, Freshness.FIVE_MINUTES, version.lastModified()).answer(request, response)) {
            send(request, response, answer.chosen().mediaType + "; charset=utf-8", body);
        }
    }

    private Answer answer(HttpServletRequest request, String path, int page, long atVersion) {
        Negotiation negotiation = Negotiation.of(
                path,
                request.getParameter("format"),
                suffixed -> dataset.find(Node.ANY, uri(suffixed), Node.ANY, Node.ANY)
                        .hasNext());
        Node resource = uri(negotiation.path());
        ResourceDescription.Found found = descriptions.describe(resource, page, atVersion);
        List<Representation> offers = Representation.offers(found.work());
        Representation chosen = negotiation.choose(request.getHeader("Accept"), offers);
        boolean sent = !found.graph().isEmpty() && chosen != null && offers.contains(chosen);
        ResourceDescription.Extras extras =
                sent ? descriptions.extras(resource, found, chosen, atVersion) : ResourceDescription.Extras.NONE;
        return new Answer(negotiation, offers, chosen, found, extras);
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base.resolve(path.substring(1)));
    }

    private static int page(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
