package org.scholarlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The one home of the site's error answers: one plain-text line naming the problem for a refused request, and a
 * 404 in the kind of document asked for (a page for browsers, an empty graph in the RDF syntax a client asked
 * for), each with its length declared.
 */
final class ErrorPage {
    private static final byte[] NOT_FOUND_PAGE = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Not found — ScholarLOD</title><link rel=\"icon\" href=\"data:,\"></head><body>"
                    + "<h1>Not found</h1><p>ScholarLOD knows nothing about this resource.</p><p><a href=\"/\">Home</a></p></body></html>\n")
            .getBytes(StandardCharsets.UTF_8);

    private ErrorPage() {}

    /** A one-line plain-text answer with {@code status}. */
    static void plain(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** 405 naming the methods the route has, in the Allow header and in the message. */
    static void methodNotAllowed(HttpServletResponse response, String method, String allowed) throws IOException {
        response.setHeader("Allow", allowed);
        plain(
                response,
                HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                "method " + printable(method) + " is not allowed here; this resource allows " + allowed);
    }

    /** 404 as an HTML page, or as an empty document in the RDF syntax of {@code asked}. */
    static void notFound(HttpServletRequest request, HttpServletResponse response, Representation asked)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        if (asked != null && asked.lang != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFWriter.source(GraphFactory.createDefaultGraph()).lang(asked.lang).output(out);
            Route.send(request, response, asked.mediaType + "; charset=utf-8", out.toByteArray());
        } else {
            Route.send(request, response, "text/html; charset=utf-8", NOT_FOUND_PAGE);
        }
    }

    /** 406 listing the media types the resource has. */
    static void notAcceptable(HttpServletResponse response, List<Representation> offers) throws IOException {
        StringBuilder body = new StringBuilder("This resource is available as:");
        offers.forEach(o -> body.append('\n').append(o.mediaType));
        plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, body.toString());
    }

    /** The method as sent, cut short and without control characters, for a message. */
    private static String printable(String method) {
        String shown = method.length() > 20 ? method.substring(0, 20) + "…" : method;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
