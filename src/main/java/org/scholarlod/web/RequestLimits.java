package org.scholarlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Refuses requests larger than anything the site needs before any work is done on them: a request target longer
 * than a URI of ours gets 414 (a description's cost grew with the length of the URI asked for), a longer query
 * string than a SPARQL query sent by GET needs gets 414 pointing to POST, headers larger than a browser sends
 * 431, and a declared body larger than a query or an update needs gets 413. Each answer names the limit.
 */
final class RequestLimits implements Filter {
    /** Bytes of path and query string outside /sparql: minted URIs are a few hundred. */
    static final int TARGET_LIMIT = 8 * 1024;
    /** Bytes of query string at /sparql. */
    static final int QUERY_STRING_LIMIT = 64 * 1024;
    /** Bytes of a request body. */
    static final long BODY_LIMIT = 4L * 1024 * 1024;
    /**
     * Bytes of header names and values. Fuseki lets Jetty read 512 KB of request line and headers so that long
     * queries fit in a GET; the headers themselves need no more than a browser's cookies.
     */
    static final int HEADERS_LIMIT = 16 * 1024;

    static final String BODY_TOO_LARGE = "request body larger than " + BODY_LIMIT / (1024 * 1024) + " MB";
    /**
     * Bytes of an oversized body read and dropped after the 413 is sent (RFC 9112's staged close): closing a
     * connection with unread data resets it, and the reset can destroy the answer before its client, still
     * writing, reads it.
     */
    static final long DRAIN_LIMIT = 8 * BODY_LIMIT;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        String uri = http.getRequestURI();
        String query = http.getQueryString();
        if (SparqlRoute.PATH.equals(uri)) {
            if (query != null && query.length() > QUERY_STRING_LIMIT) {
                refuse(
                        out,
                        414,
                        "query string longer than " + QUERY_STRING_LIMIT + " bytes: send a long query by POST");
                return;
            }
        } else if (uri.length() + (query == null ? 0 : query.length()) > TARGET_LIMIT) {
            refuse(out, 414, "request target longer than " + TARGET_LIMIT + " bytes");
            return;
        }
        if (headerBytes(http) > HEADERS_LIMIT) {
            refuse(out, 431, "request headers larger than " + HEADERS_LIMIT / 1024 + " KB");
            return;
        }
        long declared = http.getContentLengthLong();
        if (declared > BODY_LIMIT) {
            refuse(out, 413, BODY_TOO_LARGE);
            if (!expectsContinue(http)) {
                out.flushBuffer();
                drain(http, Math.min(declared, DRAIN_LIMIT));
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** A client that waits for 100 Continue sends no body unless asked: reading it would ask. */
    private static boolean expectsContinue(HttpServletRequest request) {
        String expect = request.getHeader("Expect");
        return expect != null && expect.toLowerCase(java.util.Locale.ROOT).contains("100-continue");
    }

    /** Reads and drops up to {@code bytes} of the body; a client that stops sending ends it at the idle timeout. */
    private static void drain(HttpServletRequest request, long bytes) {
        try {
            request.getInputStream().skipNBytes(bytes);
        } catch (IOException e) {
            // The client stopped sending or went away: it has its answer either way.
        }
    }

    private static long headerBytes(HttpServletRequest request) {
        long bytes = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                bytes += name.length() + value.length() + 4;
            }
        }
        return bytes;
    }

    private static void refuse(HttpServletResponse out, int status, String message) throws IOException {
        // The rest of an oversized request is not read: the connection cannot carry another.
        out.setHeader("Connection", "close");
        ErrorPage.plain(out, status, message);
    }
}
