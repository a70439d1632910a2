package org.scholarlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Refuses, with 403 and a message naming the target, a query whose SERVICE clauses call an endpoint that is
 * not on the allowlist or is named by a variable, before it runs. {@link GuardedServiceExecutor} checks again
 * at call time, for targets only known then.
 */
final class ServiceGuard implements Filter {
    /** The largest query sent as a request body that is read to be checked; larger ones get 413. */
    static final int MAX_QUERY_BYTES = 1 << 20;

    private final ServiceAllowlist allowlist;

    ServiceGuard(ServiceAllowlist allowlist) {
        this.allowlist = allowlist;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        String text;
        if ("POST".equals(request.getMethod()) && type.startsWith("application/sparql-query")) {
            byte[] body = request.getInputStream().readNBytes(MAX_QUERY_BYTES + 1);
            if (body.length > MAX_QUERY_BYTES) {
                ErrorPage.plain(
                        (HttpServletResponse) res,
                        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "A query sent as the request body may be at most " + MAX_QUERY_BYTES + " bytes.");
                return;
            }
            request = new ReplayedBody(request, body);
            text = new String(body, StandardCharsets.UTF_8);
        } else {
            text = request.getParameter("query");
        }
        String refusal = text == null ? null : refusal(text);
        if (refusal != null) {
            ErrorPage.plain((HttpServletResponse) res, HttpServletResponse.SC_FORBIDDEN, refusal);
            return;
        }
        chain.doFilter(request, res);
    }

    private String refusal(String text) {
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return null;
        }
        List<String> refusals = new ArrayList<>();
        // Walker (not OpWalker) also enters the patterns of EXISTS and NOT EXISTS inside expressions.
        Walker.walk(
                Algebra.compile(query),
                new OpVisitorBase() {
                    @Override
                    public void visit(OpService service) {
                        String refusal = service.getService().isURI()
                                ? allowlist.refusal(service.getService().getURI())
                                : "SERVICE " + service.getService()
                                        + ": a SERVICE target must be a URL written in the query";
                        if (refusal != null) {
                            refusals.add(refusal);
                        }
                    }
                },
                new ExprVisitorBase());
        return refusals.isEmpty() ? null : refusals.get(0);
    }

    /** The request with its body read once and offered again to Fuseki. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
