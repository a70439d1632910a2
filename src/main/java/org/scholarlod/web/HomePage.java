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
import java.io.UncheckedIOException;

/**
 * Answers {@code GET /} with a page that says what the server offers; every other request goes on to Fuseki.
 * A filter rather than a servlet, because the dataset mounted at "/" would otherwise claim the root.
 */
final class HomePage implements Filter {
    private final byte[] page = load();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        boolean root = "/".equals(http.getRequestURI());
        if (!root || !("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse out = (HttpServletResponse) response;
        out.setContentType("text/html; charset=utf-8");
        out.setContentLength(page.length);
        if ("GET".equals(http.getMethod())) {
            out.getOutputStream().write(page);
        }
    }

    private static byte[] load() {
        try (InputStream in = HomePage.class.getResourceAsStream("/web/home.html")) {
            if (in == null) {
                throw new IllegalStateException("web/home.html is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
