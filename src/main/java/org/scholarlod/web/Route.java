package org.scholarlod.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A read-only part of the site served at its own path: the one home of what every such route does alike. GET
 * and HEAD are answered by {@link #read}, HEAD with the headers and declared length GET sends and no body;
 * {@code OPTIONS} names the methods the route has; any other method ({@code TRACE}, WebDAV's, made-up ones) gets
 * 405 naming them, where a plain servlet echoes TRACE and answers 501 to what it does not know.
 */
abstract class Route extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String ALLOW = "GET, HEAD, OPTIONS";

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getMethod()) {
            case "GET", "HEAD" -> read(request, response);
            case "OPTIONS" -> {
                // A CORS preflight too: Fuseki's CORS filter has added its headers by now.
                response.setHeader("Allow", ALLOW);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            default -> ErrorPage.methodNotAllowed(response, request.getMethod(), ALLOW);
        }
    }

    /** Answers a GET or a HEAD request; {@link #send} leaves the body out of HEAD's answer. */
    protected abstract void read(HttpServletRequest request, HttpServletResponse response) throws IOException;

    static boolean isHead(HttpServletRequest request) {
        return "HEAD".equals(request.getMethod());
    }

    /** A complete answer of {@code mediaType} in UTF-8 (or bytes of its own), its length declared. */
    static void send(HttpServletRequest request, HttpServletResponse response, String contentType, byte[] body)
            throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (!isHead(request)) {
            response.getOutputStream().write(body);
        }
    }
}
