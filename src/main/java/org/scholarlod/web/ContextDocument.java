package org.scholarlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.scholarlod.rdf.JsonLdContext;

/** Serves the published JSON-LD context at {@code /context.jsonld}, cacheable and revalidated by ETag. */
final class ContextDocument implements Filter {
    static final String PATH = "/context.jsonld";

    private final byte[] body = JsonLdContext.document();
    private final String etag = "\"" + LinkedDataFilter.hash(body) + "\"";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!PATH.equals(request.getRequestURI()) || !read) {
            chain.doFilter(req, res);
            return;
        }
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=86400");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("application/ld+json; charset=utf-8");
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
