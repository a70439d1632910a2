package org.scholarlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.SharedLayout;
import org.scholarlod.cite.ApaFormatter;
import org.scholarlod.cite.BibTex;
import org.scholarlod.cite.CslJson;
import org.scholarlod.cite.Ris;
import org.scholarlod.model.CitedWork;
import org.scholarlod.rdf.CitedWorkReader;
import org.scholarlod.rdf.Fabio;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.JsonLdContext;
import org.scholarlod.rdf.Namespaces;
import org.scholarlod.rdf.TurtleDocument;
import org.scholarlod.store.NodeIdGraph;
import org.scholarlod.store.NodeIdReads;

/**
 * Makes every URI minted under the base dereferenceable on the server that holds it: {@code GET} or
 * {@code HEAD} of {@code /id/…} or {@code /graph/…} answers with the resource's description in the
 * representation the Accept header (or a "….ttl" suffix, or {@code ?format=}) asks for, with the caching,
 * CORS and alternate-link headers linked-data clients expect; 406 for what it cannot serve, 404 for what the
 * store does not know.
 */
final class LinkedDataFilter implements Filter {
    /** Shared descriptions remembered: about 25 MB of a few triples each. */
    private static final int SHARED_PARTS_REMEMBERED = 50_000;
    private static final String CACHE_CONTROL = "public, max-age=300";
    private static final byte[] NOT_FOUND_PAGE = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Not found — ScholarLOD</title><link rel=\"icon\" href=\"data:,\"></head><body><h1>Not found</h1>"
            + "<p>ScholarLOD knows nothing about this resource.</p><p><a href=\"/\">Home</a></p></body></html>\n")
            .getBytes(StandardCharsets.UTF_8);

    private final DatasetGraph dataset;
    private final String base;
    private final StoreVersion version;
    private final ResourceDescriber describer;
    private final NodeIdReads reads;
    private final ResourcePage pages;
    /** Shared descriptions as article pages assemble them: a journal's, a person's, a cited work's recur. */
    private final VersionedReads<List<Triple>> sharedParts = new VersionedReads<>(SHARED_PARTS_REMEMBERED);
    private final CitingArticles citing;

    LinkedDataFilter(DatasetGraph dataset, String base, StoreVersion version) {
        this.dataset = dataset;
        this.base = base;
        this.version = version;
        this.describer = new ResourceDescriber(dataset);
        this.reads = new NodeIdReads(dataset);
        this.pages = new ResourcePage(base);
        this.citing = new CitingArticles(dataset);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI();
        boolean ours = path.startsWith("/id/") || path.startsWith("/graph/");
        if (!ours || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            chain.doFilter(req, res);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (ReferenceListDownload.serves(path)) {
            new ReferenceListDownload(dataset, base).answer(path, response, "HEAD".equals(request.getMethod()));
            return;
        }
        Request parsed = parse(path, request.getParameter("format"));
        Node resource = NodeFactory.createURI(base + parsed.path.substring(1));
        int page = page(request.getParameter("page"));
        long atVersion = version.version();
        Description found = Txn.calculateRead(dataset, () -> describe(resource, page, atVersion));
        List<Representation> offers = Representation.offers(found.work);
        Representation chosen = parsed.fixed != null ? parsed.fixed
                : AcceptHeader.choose(request.getHeader("Accept"), offers);
        if (parsed.fixed == null) {
            response.setHeader("Vary", "Accept");
        }
        if (found.graph.isEmpty()) {
            notFound(response, chosen == null ? Representation.HTML : chosen, request.getMethod());
            return;
        }
        if (chosen == null || !offers.contains(chosen)) {
            notAcceptable(response, offers);
            return;
        }
        List<Map<String, String>> alternates = alternates(parsed.path, offers);
        response.setHeader("Link", link(alternates, found.hasNext ? parsed.path + "?page=" + (page + 1) : null));
        if (parsed.fixed == null) {
            response.setHeader("Content-Location", parsed.path + "." + chosen.suffix);
        }
        byte[] body = render(chosen, resource, found, extras(resource, found, chosen, atVersion), alternates, page);
        String etag = "\"" + hash(body) + "\"";
        response.setHeader("ETag", etag);
        long lastModified = version.lastModified();
        response.setDateHeader("Last-Modified", lastModified);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (etag.equals(request.getHeader("If-None-Match"))
                || request.getHeader("If-None-Match") == null && ifModifiedSince(request) >= lastModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(chosen.mediaType + "; charset=utf-8");
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** The description, whether the resource is a work, whether more incoming links follow this page. */
    private record Description(Graph graph, boolean work, boolean hasNext, boolean namedGraph) {}

    /** What only some representations need: the work for citations, the views for the HTML page. */
    private record Extras(CitedWork work, Map<String, Object> article, List<Map<String, Object>> related) {}

    private Description describe(Node resource, int page, long atVersion) {
        ResourceDescriber.Description described = describer.describe(resource, page, atVersion);
        Graph graph = described.graph();
        if (graph.isEmpty()) {
            return new Description(graph, false, false, false);
        }
        boolean work = graph.contains(resource, RDF.Nodes.type, Fabio.Expression)
                && !graph.contains(resource, RDF.Nodes.type, Fabio.JournalIssue)
                && !graph.contains(resource, RDF.Nodes.type, Fabio.JournalVolume);
        return new Description(graph, work, described.hasNext(), dataset.containsGraph(resource));
    }

    /** {@code atVersion} read before the describing transaction, so before this one too. */
    private Extras extras(Node resource, Description found, Representation chosen, long atVersion) {
        if (chosen.lang != null) {
            return new Extras(null, null, List.of());
        }
        return Txn.calculateRead(dataset, () -> {
            CitedWork work = found.work ? new CitedWorkReader(new NodeIdGraph(dataset)).work(resource) : null;
            if (chosen != Representation.HTML) {
                return new Extras(work, null, List.of());
            }
            Map<String, Object> article = null;
            var topic = dataset.find(Node.ANY, Node.ANY, Foaf.primaryTopic, resource);
            boolean isArticle = topic.hasNext();
            if (isArticle) {
                article = new ArticleView(SharedLayout.assemble(topic.next().getGraph(), reads::graph,
                        part -> sharedParts.get(atVersion, part, key -> List.copyOf(reads.graph(key)))),
                        pages::href).of(resource);
            }
            List<Map<String, Object>> related = new RelatedView(dataset, citing, pages::href)
                    .of(resource, found.graph, isArticle, atVersion);
            return new Extras(work, article, related);
        });
    }

    private byte[] render(Representation chosen, Node resource, Description found, Extras extras,
                          List<Map<String, String>> alternates, int page) {
        if (chosen.lang != null) {
            Graph graph = found.graph;
            graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes(base));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (chosen == Representation.TRIG) {
                DatasetGraph quads = DatasetGraphFactory.createGeneral();
                quads.prefixes().putAll(graph.getPrefixMapping());
                if (found.namedGraph) {
                    quads.addGraph(resource, graph);
                } else {
                    graph.find().forEachRemaining(quads.getDefaultGraph()::add);
                }
                RDFWriter.source(quads).lang(chosen.lang).output(out);
            } else if (chosen == Representation.JSONLD) {
                JsonLdContext.write(graph, JsonLdContext.url(base), resource.getURI(), out);
            } else if (chosen == Representation.TURTLE) {
                TurtleDocument.write(graph, graph.getPrefixMapping(), resource, out);
            } else {
                RDFWriter.source(graph).lang(chosen.lang).output(out);
            }
            return out.toByteArray();
        }
        String text = switch (chosen) {
            case CSL_JSON -> CslJson.item(new com.fasterxml.jackson.databind.ObjectMapper(), resource.getURI(), extras.work)
                    .toPrettyString();
            case BIBTEX -> new BibTex().entry(extras.work);
            case RIS -> Ris.record(extras.work);
            case BIBLIOGRAPHY -> ApaFormatter.format(extras.work) + "\n";
            default -> pages.render(resource, found.graph, extras.work == null ? null : ApaFormatter.format(extras.work),
                    extras.article, extras.related, alternates, found.hasNext ? "?page=" + (page + 1) : null);
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** 404 in the kind asked for: an HTML page, or an empty document in the RDF syntax asked for. */
    private void notFound(HttpServletResponse response, Representation chosen, String method) throws IOException {
        boolean rdf = chosen.lang != null && chosen != Representation.HTML;
        byte[] body;
        if (rdf) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFWriter.source(GraphFactory.createDefaultGraph()).lang(chosen.lang).output(out);
            body = out.toByteArray();
        } else {
            body = NOT_FOUND_PAGE;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType((rdf ? chosen.mediaType : "text/html") + "; charset=utf-8");
        response.setContentLength(body.length);
        if ("GET".equals(method)) {
            response.getOutputStream().write(body);
        }
    }

    private static void notAcceptable(HttpServletResponse response, List<Representation> offers) throws IOException {
        StringBuilder body = new StringBuilder("This resource is available as:\n");
        offers.forEach(o -> body.append(o.mediaType).append('\n'));
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The path without a representation suffix, and the representation the suffix or ?format= fixes. */
    private record Request(String path, Representation fixed) {}

    private Request parse(String path, String format) {
        if (format != null && Representation.named(format) != null) {
            return new Request(path, Representation.named(format));
        }
        for (Representation r : Representation.values()) {
            String suffix = "." + r.suffix;
            if (path.endsWith(suffix)) {
                String bare = path.substring(0, path.length() - suffix.length());
                boolean exists = Txn.calculateRead(dataset, () -> dataset.find(Node.ANY,
                        NodeFactory.createURI(base + path.substring(1)), Node.ANY, Node.ANY).hasNext());
                if (!exists) {
                    return new Request(bare, r);
                }
            }
        }
        return new Request(path, null);
    }

    private static List<Map<String, String>> alternates(String path, List<Representation> offers) {
        List<Map<String, String>> links = new ArrayList<>();
        for (Representation r : offers) {
            links.add(Map.of("href", path + "." + r.suffix, "mediaType", r.mediaType, "name", r.suffix));
        }
        return links;
    }

    private static String link(List<Map<String, String>> alternates, String next) {
        List<String> links = new ArrayList<>();
        alternates.forEach(a -> links.add("<" + a.get("href") + ">; rel=\"alternate\"; type=\"" + a.get("mediaType") + "\""));
        if (next != null) {
            links.add("<" + next + ">; rel=\"next\"");
        }
        return String.join(", ", links);
    }

    /** The If-Modified-Since date, or -1 when absent or not a date (a bad header is ignored, not an error). */
    private static long ifModifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static int page(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A strong validator for a response body: the first 16 bytes of its SHA-256, in hex. */
    static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
