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
import java.util.Base64;
import java.util.Locale;

/**
 * SPARQL Update only with the credentials of a user in the password file (HTTP Basic, RFC 7617): none gets 401
 * with a challenge, a wrong name or password 403. Queries, pages and every other route stay open.
 */
final class UpdateLogin implements Filter {
    static final String CHALLENGE = "Basic realm=\"ScholarLOD updates\", charset=\"UTF-8\"";
    private static final String BASIC = "basic ";

    private final PasswordFile writers;

    UpdateLogin(PasswordFile writers) {
        this.writers = writers;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        if (!SparqlRoute.isUpdate(http)) {
            chain.doFilter(request, response);
            return;
        }
        String authorization = http.getHeader("Authorization");
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BASIC)) {
            out.setHeader("WWW-Authenticate", CHALLENGE);
            ErrorPage.plain(
                    out,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "SPARQL Update needs a user name and password (HTTP Basic)");
            return;
        }
        String[] credentials =
                credentials(authorization.substring(BASIC.length()).strip());
        if (credentials == null || !writers.accepts(credentials[0], credentials[1])) {
            ErrorPage.plain(out, HttpServletResponse.SC_FORBIDDEN, "wrong user name or password for SPARQL Update");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The name and the password, or null when they are not base64 of {@code name:password}. */
    private static String[] credentials(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
