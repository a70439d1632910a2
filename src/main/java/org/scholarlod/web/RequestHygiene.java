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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In front of everything: security headers on every response (a Content-Security-Policy allowing exactly what
 * the pages use: their own script and styles, inline styles, fetches to this origin), and a request body in a
 * charset Java does not know refused with 415 rather than failing deep inside as a 500. Which methods a path
 * has is its route's to say ({@link Route}, {@link ServiceDescription}).
 */
final class RequestHygiene implements Filter {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";
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
        // The raw header: Jetty's getContentType() itself throws on a charset it does not know.
        String unknown = unknownCharset(http.getHeader("Content-Type"));
        if (unknown != null) {
            ErrorPage.plain(
                    out,
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "unsupported charset '" + unknown + "' in Content-Type (send UTF-8)");
            return;
        }
        chain.doFilter(request, response);
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
}
