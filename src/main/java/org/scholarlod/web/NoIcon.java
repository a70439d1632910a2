package org.scholarlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The route of {@code /favicon.ico}: browsers ask every origin for an icon, even on the endpoint's result pages,
 * and are told there is none (204, cacheable) instead of filling the log with 404s.
 */
final class NoIcon extends Route {
    private static final long serialVersionUID = 1L;

    static final String PATH = "/favicon.ico";

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader("Cache-Control", Freshness.ONE_DAY);
    }
}
