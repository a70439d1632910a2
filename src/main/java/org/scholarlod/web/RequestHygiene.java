package org.scholarlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In front of everything: security headers on every response (a Content-Security-Policy allowing exactly what
 * the pages use: their own script and styles, inline styles, fetches to this origin), any method a route does
 * not have refused with 405 ({@code TRACE} among them), {@code OPTIONS} answered with the methods it has, and a
 * request body in a charset Java does not know refused with 415 rather than failing deep inside as a 500; and
 * Fuseki's error bodies measured by Jetty ({@link ErrorBodyLength}).
 */
final class RequestHygiene implements Filter {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";
    /** In the order {@code Allow} lists them. */
    private static final Set<String> READ_METHODS = orderedSet("GET", "HEAD", "OPTIONS");
    private static final Set<String> SPARQL_METHODS = orderedSet("GET", "HEAD", "POST", "OPTIONS");
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]*)");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        out.setHeader("X-Content-Type-Options", "nosniff");
        out.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        out.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        out.setHeader("X-Frame-Options", "DENY");
        String method = http.getMethod();
        boolean sparql = "/sparql".equals(http.getRequestURI());
        Set<String> methods = sparql ? SPARQL_METHODS : READ_METHODS;
        String allowed = String.join(", ", methods);
        if (!methods.contains(method)) {
            // Unknown methods too (WebDAV's, made-up ones): 405 naming what the route has, where the servlet
            // answered 501, and TRACE never echoes the request.
            refuse(out, HttpServletResponse.SC_METHOD_NOT_ALLOWED, allowed, "method " + printable(method)
                    + " is not allowed here; this resource allows " + allowed);
            return;
        }
        if (method.equals("OPTIONS") && http.getHeader("Access-Control-Request-Method") == null) {
            out.setHeader("Allow", allowed);
            out.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        // The raw header: Jetty's getContentType() itself throws on a charset it does not know.
        String unknown = unknownCharset(http.getHeader("Content-Type"));
        if (unknown != null) {
            refuse(out, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, null,
                    "unsupported charset '" + unknown + "' in Content-Type (send UTF-8)");
            return;
        }
        // Only where Fuseki answers: the site's own errors declare their lengths in bytes, HEAD's included.
        chain.doFilter(request, sparql || "/".equals(http.getRequestURI()) ? new ErrorBodyLength(out) : out);
    }

    private static Set<String> orderedSet(String... methods) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(methods)));
    }

    /** The method as sent, cut short and without control characters, for a message. */
    private static String printable(String method) {
        String shown = method.length() > 20 ? method.substring(0, 20) + "…" : method;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    private static String unknownCharset(String contentType) {
        Matcher m = contentType == null ? null : CHARSET.matcher(contentType);
        if (m == null || !m.find()) {
            return null;
        }
        String name = m.group(1);
        try {
            return Charset.isSupported(name) ? null : name;
        } catch (IllegalCharsetNameException e) {
            return name;
        }
    }

    /** A one-line plain-text answer; {@code allow}, when not null, goes into the Allow header. */
    static void refuse(HttpServletResponse out, int status, String allow, String message) throws IOException {
        if (allow != null) {
            out.setHeader("Allow", allow);
        }
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        out.setStatus(status);
        out.setContentType("text/plain; charset=utf-8");
        out.setContentLength(body.length);
        out.getOutputStream().write(body);
    }
}
