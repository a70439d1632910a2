package org.scholarlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Moves the store's version after every successful SPARQL Update, while updates are accepted. */
final class UpdateWatcher implements Filter {
    private final Runnable changed;

    /** Runs {@code changed} after each update that succeeded. */
    UpdateWatcher(Runnable changed) {
        this.changed = changed;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(req, res);
        HttpServletRequest request = (HttpServletRequest) req;
        int status = ((HttpServletResponse) res).getStatus();
        if (status < 300 && SparqlRoute.isUpdate(request)) {
            changed.run();
        }
    }
}
