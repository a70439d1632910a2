package org.scholarlod.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.skgif.EntityDocuments;
import org.scholarlod.skgif.EntityIds;
import org.scholarlod.skgif.EntitySearch;
import org.scholarlod.skgif.EntityType;
import org.scholarlod.skgif.Envelope;
import org.scholarlod.store.NodeIdGraph;

/**
 * The SKG-IF OpenAPI over our store, at {@code /skg-if}: {@code /{type}/{local_identifier}} for one product,
 * person, organisation, grant, venue or topic, and {@code /{type}?filter=…&page=…&page_size=…} for a page of
 * them, as JSON-LD in the SKG-IF contexts. Errors are RFC 9457 problem documents: 404 for an unknown entity or
 * type, 400 for a malformed filter or page, 422 for a filter not implemented here, as the OpenAPI asks.
 */
final class SkgIfApi extends Route {
    private static final long serialVersionUID = 1L;

    static final String PATH = "/" + EntityIds.API_PATH.substring(0, EntityIds.API_PATH.length() - 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEDIA_TYPE = "application/ld+json";

    private final transient DatasetGraph dataset;
    private final transient EntityIds ids;
    private final transient Envelope envelope;

    SkgIfApi(DatasetGraph dataset, BaseUri base) {
        this.dataset = dataset;
        this.ids = new EntityIds(base);
        this.envelope = new Envelope(ids);
    }

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The raw path: an identifier's percent-escapes are part of the URI it names.
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        String rest = raw.length() > PATH.length() + 1 ? raw.substring(PATH.length() + 1) : "";
        int slash = rest.indexOf('/');
        EntityType type = EntityType.ofPath(slash < 0 ? rest : rest.substring(0, slash));
        if (type == null) {
            problem(
                    request,
                    response,
                    404,
                    "Not Found",
                    "no entity type here; these are: products, persons, organisations, grants, venues, topics");
            return;
        }
        try {
            ObjectNode answer = slash < 0 || slash == rest.length() - 1
                    ? Txn.calculateRead(dataset, () -> search(request, type))
                    : Txn.calculateRead(dataset, () -> entity(type, rest.substring(slash + 1)));
            if (answer == null) {
                problem(
                        request,
                        response,
                        404,
                        "Not Found",
                        "no " + type.entityType() + " '" + shown(rest.substring(slash + 1)) + "' here");
                return;
            }
            send(
                    request,
                    response,
                    MEDIA_TYPE,
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(answer));
        } catch (EntitySearch.FilterException e) {
            problem(
                    request,
                    response,
                    e.unsupported() ? 422 : 400,
                    e.unsupported() ? "Unprocessable Content" : "Bad Request",
                    e.getMessage());
        } catch (BadParameter e) {
            problem(request, response, 400, "Bad Request", e.getMessage());
        } catch (QueryCancelledException e) {
            problem(
                    request,
                    response,
                    503,
                    "Service Unavailable",
                    "the search took longer than " + EntitySearch.TIME_LIMIT.toSeconds() + " s; narrow the filter");
        }
    }

    private ObjectNode entity(EntityType type, String identifier) {
        NodeIdGraph graph = new NodeIdGraph(dataset);
        Node node = ids.node(identifier);
        if (node == null || !type.holds(graph, node)) {
            return null;
        }
        EntityDocuments documents = new EntityDocuments(graph);
        ObjectNode entity = documents.full(type, node);
        return envelope.single(type, node, entity, documents.linked());
    }

    private ObjectNode search(HttpServletRequest request, EntityType type) {
        String filter = request.getParameter("filter");
        long page = number(request.getParameter("page"), 1, Long.MAX_VALUE / EntitySearch.MAX_PAGE_SIZE, "page");
        int size = (int) number(
                request.getParameter("page_size"),
                EntitySearch.DEFAULT_PAGE_SIZE,
                EntitySearch.MAX_PAGE_SIZE,
                "page_size");
        EntitySearch.Page found = EntitySearch.of(type, filter).page(dataset, ids, page, size);
        EntityDocuments documents = new EntityDocuments(new NodeIdGraph(dataset));
        List<ObjectNode> entities =
                found.entities().stream().map(n -> documents.full(type, n)).toList();
        return envelope.page(type, filter, page, size, found, entities);
    }

    private static long number(String value, long absent, long max, String name) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Answered below, as for a number out of range.
        }
        throw new BadParameter(name + " must be a whole number from 1 to " + max + ", not '" + shown(value) + "'");
    }

    /** A {@code page} or {@code page_size} that is not a number in range. */
    private static final class BadParameter extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadParameter(String message) {
            super(message);
        }
    }

    private static String shown(String value) {
        String cut = value.length() > 200 ? value.substring(0, 200) + "…" : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    /** An RFC 9457 problem document, as the OpenAPI's Error schema has it (its status a string). */
    private static void problem(
            HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        ObjectNode problem = JSON.createObjectNode()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", Integer.toString(status))
                .put("detail", detail);
        byte[] body = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(problem);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        if (!isHead(request)) {
            response.getOutputStream().write(body);
        }
    }
}
