package org.scholarlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Names on every response the server that answered and the version of the store it answered from, so that a
 * client behind a balancer can tell which replica it reached and how fresh that replica was.
 */
final class ReplicaHeaders implements Filter {
    static final String REPLICA = "X-ScholarLOD-Replica";
    static final String VERSION = "X-ScholarLOD-Store-Version";

    private final ReplicaState state;

    ReplicaHeaders(ReplicaState state) {
        this.state = state;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse out = (HttpServletResponse) response;
        out.setHeader(REPLICA, state.name());
        out.setHeader(VERSION, Long.toString(state.version()));
        chain.doFilter(request, response);
    }
}
