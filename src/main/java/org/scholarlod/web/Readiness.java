package org.scholarlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /$/ready}, the balancer's health check: 200 while the server is ready to take requests, 503 while its store
 * is still catching up with the patch log or while it drains before a stop. Never cached.
 */
final class Readiness extends Route {
    private static final long serialVersionUID = 1L;

    static final String PATH = "/$/ready";

    private final transient ReplicaState state;

    Readiness(ReplicaState state) {
        this.state = state;
    }

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String body;
        if (state.ready()) {
            body = "ready at store version " + state.version() + "\n";
        } else {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            body = state.notReadyBecause() + ", at store version " + state.version() + "\n";
        }
        send(request, response, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }
}
