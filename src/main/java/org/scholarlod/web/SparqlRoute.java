package org.scholarlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The rules of the {@code /sparql} route that Fuseki, which answers it, leaves to us: the methods it has (any
 * other gets 405, {@code OPTIONS} names them), 403 rather than 400 for SPARQL Update while the endpoint is
 * read-only, and Fuseki's error bodies measured by Jetty ({@link ErrorBodyLength}).
 */
final class SparqlRoute implements Filter {
    static final String PATH = "/sparql";
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "OPTIONS");
    static final String ALLOW = String.join(", ", METHODS);

    private final boolean update;

    SparqlRoute(boolean update) {
        this.update = update;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        if (!METHODS.contains(method)) {
            ErrorPage.methodNotAllowed(response, method, ALLOW);
            return;
        }
        if ("OPTIONS".equals(method) && request.getHeader("Access-Control-Request-Method") == null) {
            response.setHeader("Allow", ALLOW);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (!update && isUpdate(request)) {
            ErrorPage.plain(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "This endpoint is read-only: SPARQL Update "
                            + "is not accepted. Start `scholarlod serve --update` to allow it.");
            return;
        }
        chain.doFilter(request, new ErrorBodyLength(response));
    }

    static boolean isUpdate(HttpServletRequest request) {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return "POST".equals(request.getMethod())
                && (type.startsWith("application/sparql-update") || request.getParameter("update") != null);
    }
}
