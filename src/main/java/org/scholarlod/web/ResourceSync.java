package org.scholarlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.store.ArticleChange;
import org.scholarlod.store.ChangeLog;

/**
 * ResourceSync (ANSI/NISO Z39.99-2017) for the store's articles: the source description at
 * {@code /.well-known/resourcesync}, a capability list, a resource list of every article with the time it last
 * changed, and a change list ({@code ?from=} an ISO time) of each creation and update in order. A list of more than
 * 50,000 entries (a sitemap's limit) becomes an index of parts ({@code &part=N}).
 */
final class ResourceSync extends Route {
    private static final long serialVersionUID = 1L;

    static final String WELL_KNOWN = "/.well-known/resourcesync";
    static final String PREFIX = "/resourcesync/";
    static final String CAPABILITY_LIST = "capabilitylist.xml";
    static final String RESOURCE_LIST = "resourcelist.xml";
    static final String CHANGE_LIST = "changelist.xml";
    /** The most URLs a sitemap may hold. */
    static final int PART = 50_000;

    private final transient DatasetGraph dataset;
    private final BaseUri base;

    ResourceSync(DatasetGraph dataset, BaseUri base) {
        this.dataset = dataset;
        this.base = base;
    }

    /** A resource's entry: where it is, when it last changed, and for a change list what the change was. */
    private record Entry(String loc, Instant lastmod, String change) {}

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String document;
        try {
            document = switch (path) {
                case WELL_KNOWN -> description();
                case PREFIX + CAPABILITY_LIST -> capabilityList();
                case PREFIX + RESOURCE_LIST -> resourceList(part(request));
                case PREFIX + CHANGE_LIST -> changeList(request.getParameter("from"), part(request));
                default -> null;
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            ErrorPage.plain(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "from must be a time (2026-12-05T10:00:00Z) or a date (2026-12-05), and part a number from 1");
            return;
        } catch (IndexOutOfBoundsException e) {
            ErrorPage.plain(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        if (document == null) {
            ErrorPage.plain(response, HttpServletResponse.SC_NOT_FOUND, "ResourceSync has no document " + path);
            return;
        }
        send(request, response, "application/xml; charset=utf-8", document.getBytes(StandardCharsets.UTF_8));
    }

    private static int part(HttpServletRequest request) {
        String part = request.getParameter("part");
        if (part == null) {
            return 0;
        }
        int n = Integer.parseInt(part);
        if (n < 1) {
            throw new NumberFormatException(part);
        }
        return n;
    }

    private String at(String document) {
        return base.resolve(document.startsWith("/") ? document.substring(1) : document);
    }

    private String description() {
        return urlset("description", "", null)
                + url(at(PREFIX + CAPABILITY_LIST), null, "capability=\"capabilitylist\"")
                + "</urlset>\n";
    }

    private String capabilityList() {
        return urlset("capabilitylist", "", at(WELL_KNOWN))
                + url(at(PREFIX + RESOURCE_LIST), null, "capability=\"resourcelist\"")
                + url(at(PREFIX + CHANGE_LIST), null, "capability=\"changelist\"")
                + "</urlset>\n";
    }

    private String resourceList(int part) {
        Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
        List<Entry> entries = Txn.calculateRead(dataset, () -> {
            Map<String, Instant> lastChanged = new HashMap<>();
            ChangeLog.since(dataset, null).forEach(c -> lastChanged.put(c.article(), c.at()));
            List<Entry> list = new ArrayList<>();
            String graphs = base.resolve("graph/article/");
            dataset.listGraphNodes().forEachRemaining(graph -> {
                if (graph.isURI() && graph.getURI().startsWith(graphs)) {
                    var topic = dataset.find(graph, graph, Foaf.primaryTopic, Node.ANY);
                    if (topic.hasNext()) {
                        String article = topic.next().getObject().getURI();
                        list.add(new Entry(article, lastChanged.get(article), null));
                    }
                }
            });
            list.sort((a, b) -> a.loc().compareTo(b.loc()));
            return list;
        });
        return list("resourcelist", "at=\"" + now + "\"", entries, part, at(PREFIX + RESOURCE_LIST));
    }

    private String changeList(String from, int part) {
        Instant since = ChangeFeed.since(from);
        List<Entry> entries = new ArrayList<>();
        for (ArticleChange c : Txn.calculateRead(dataset, () -> ChangeLog.since(dataset, since))) {
            entries.add(new Entry(c.article(), c.at(), c.kind() == ArticleChange.Kind.CREATED ? "created" : "updated"));
        }
        String self = at(PREFIX + CHANGE_LIST)
                + (from == null ? "" : "?from=" + URLEncoder.encode(from, StandardCharsets.UTF_8));
        String attributes = (since == null ? "" : "from=\"" + since + "\" ") + "until=\""
                + Instant.ofEpochMilli(System.currentTimeMillis()) + "\"";
        return list("changelist", attributes, entries, part, self);
    }

    /** The list, or an index of its parts when it holds more than {@link #PART} entries, or one part of it. */
    private String list(String capability, String attributes, List<Entry> entries, int part, String self) {
        int parts = Math.max(1, (entries.size() + PART - 1) / PART);
        if (part > parts) {
            throw new IndexOutOfBoundsException("this list has parts 1 to " + parts + "; there is no part " + part);
        }
        StringBuilder xml = new StringBuilder();
        if (part == 0 && parts > 1) {
            xml.append(start("sitemapindex", capability, attributes, at(PREFIX + CAPABILITY_LIST)));
            for (int p = 1; p <= parts; p++) {
                String loc = self + (self.contains("?") ? "&" : "?") + "part=" + p;
                xml.append("  <sitemap><loc>").append(escape(loc)).append("</loc></sitemap>\n");
            }
            return xml.append("</sitemapindex>\n").toString();
        }
        int from = part == 0 ? 0 : (part - 1) * PART;
        xml.append(urlset(capability, attributes, at(PREFIX + CAPABILITY_LIST)));
        for (Entry e : entries.subList(from, Math.min(entries.size(), from + PART))) {
            xml.append(url(e.loc(), e.lastmod(), e.change() == null ? null : "change=\"" + e.change() + "\""));
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String urlset(String capability, String attributes, String up) {
        return start("urlset", capability, attributes, up);
    }

    private static String start(String element, String capability, String attributes, String up) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + element
                + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:rs=\"http://www.openarchives.org/rs/terms/\">\n"
                + (up == null ? "" : "  <rs:ln rel=\"up\" href=\"" + escape(up) + "\"/>\n")
                + "  <rs:md capability=\"" + capability + "\"" + (attributes.isEmpty() ? "" : " " + attributes)
                + "/>\n";
    }

    private static String url(String loc, Instant lastmod, String md) {
        return "  <url><loc>" + escape(loc) + "</loc>" + (lastmod == null ? "" : "<lastmod>" + lastmod + "</lastmod>")
                + (md == null ? "" : "<rs:md " + md + "/>") + "</url>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
