package org.scholarlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Answers {@code GET /assets/home.js}, the home page's script: served from the jar as a file of its own so that
 * the pages' Content-Security-Policy can allow this origin's scripts and no inline ones.
 */
final class StaticAsset implements Filter {
    private static final String PATH = "/assets/home.js";
    private final byte[] script = load("/web/home.js");

    private static byte[] load(String resource) {
        try (InputStream in = StaticAsset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(resource + " cannot be read from the jar: " + e.getMessage(), e);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!PATH.equals(http.getRequestURI()) || !("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse out = (HttpServletResponse) response;
        out.setContentType("text/javascript; charset=utf-8");
        out.setHeader("Cache-Control", "public, max-age=3600");
        out.setContentLength(script.length);
        if ("GET".equals(http.getMethod())) {
            out.getOutputStream().write(script);
        }
    }
}
