package org.scholarlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The route of every path no other route has: 404 for GET and HEAD, and no method beyond those, where Fuseki's
 * backstop servlet would echo {@code TRACE} and offer {@code POST} and {@code PUT}.
 */
final class UnknownPath extends Route {
    private static final long serialVersionUID = 1L;

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPage.notFound(request, response, null);
    }
}
