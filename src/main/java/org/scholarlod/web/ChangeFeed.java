package org.scholarlod.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.store.ArticleChange;
import org.scholarlod.store.ChangeLog;

/**
 * What changed, for harvesters: {@code /changes} is an ActivityStreams 2.0 {@code OrderedCollection} of the
 * store's article changes, oldest first ({@code Create} or {@code Update} of the article), and
 * {@code /changes?since=2026-12-05T10:00:00Z} (or a date) the collection of those at or after that time; each is
 * paged by {@code &page=N}, a hundred changes to a page.
 */
final class ChangeFeed extends Route {
    private static final long serialVersionUID = 1L;

    static final String PATH = "/changes";
    static final int PAGE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient DatasetGraph dataset;
    private final BaseUri base;

    ChangeFeed(DatasetGraph dataset, BaseUri base) {
        this.dataset = dataset;
        this.base = base;
    }

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sinceText = request.getParameter("since");
        Instant since;
        int page;
        try {
            since = since(sinceText);
            page = request.getParameter("page") == null ? 0 : Integer.parseInt(request.getParameter("page"));
        } catch (DateTimeParseException | NumberFormatException e) {
            ErrorPage.plain(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "since must be a time (2026-12-05T10:00:00Z) or a date (2026-12-05), and page a number from 1");
            return;
        }
        List<ArticleChange> changes = Txn.calculateRead(dataset, () -> ChangeLog.since(dataset, since));
        int pages = Math.max(1, (changes.size() + PAGE - 1) / PAGE);
        if (page < 0 || page > pages || request.getParameter("page") != null && page == 0) {
            ErrorPage.plain(
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    "this collection has pages 1 to " + pages + "; there is no page " + page);
            return;
        }
        String collection = base.resolve(PATH.substring(1))
                + (sinceText == null ? "" : "?since=" + URLEncoder.encode(sinceText, StandardCharsets.UTF_8));
        ObjectNode body =
                page == 0 ? collection(collection, changes.size(), pages) : page(collection, changes, page, pages);
        send(
                request,
                response,
                "application/activity+json",
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body));
    }

    /** A time as ISO 8601 in UTC, or a date as its first instant in UTC; null for none. */
    static Instant since(String text) {
        if (text == null) {
            return null;
        }
        return text.length() == 10
                ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(text);
    }

    private static ObjectNode collection(String id, int total, int pages) {
        ObjectNode collection = start(id, "OrderedCollection");
        collection.put("totalItems", total);
        collection.put("first", pageId(id, 1));
        collection.put("last", pageId(id, pages));
        return collection;
    }

    private ObjectNode page(String collection, List<ArticleChange> changes, int page, int pages) {
        ObjectNode body = start(pageId(collection, page), "OrderedCollectionPage");
        body.put("partOf", collection);
        body.put("startIndex", (page - 1) * PAGE);
        if (page > 1) {
            body.put("prev", pageId(collection, page - 1));
        }
        if (page < pages) {
            body.put("next", pageId(collection, page + 1));
        }
        ArrayNode items = body.putArray("orderedItems");
        for (ArticleChange change : changes.subList((page - 1) * PAGE, Math.min(changes.size(), page * PAGE))) {
            ObjectNode item = items.addObject();
            item.put("type", change.kind() == ArticleChange.Kind.CREATED ? "Create" : "Update");
            item.put("published", change.at().toString());
            ObjectNode object = item.putObject("object");
            object.put("id", change.article());
            object.put("type", "Article");
        }
        return body;
    }

    private static ObjectNode start(String id, String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", "https://www.w3.org/ns/activitystreams");
        node.put("id", id);
        node.put("type", type);
        return node;
    }

    private static String pageId(String collection, int page) {
        return collection + (collection.contains("?") ? "&" : "?") + "page=" + page;
    }
}
