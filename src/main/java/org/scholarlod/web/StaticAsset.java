package org.scholarlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * The route of {@code /assets/home.js}, the home page's script: served from the jar as a file of its own so that
 * the pages' Content-Security-Policy can allow this origin's scripts and no inline ones.
 */
final class StaticAsset extends Route {
    private static final long serialVersionUID = 1L;

    static final String PATH = "/assets/home.js";
    private final byte[] script = load("/web/home.js");
    private final Freshness freshness = Freshness.of(script, "public, max-age=3600", null);

    private static byte[] load(String resource) {
        try (InputStream in = StaticAsset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(resource + " cannot be read from the jar: " + e.getMessage(), e);
        }
    }

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!freshness.answer(request, response)) {
            send(request, response, "text/javascript; charset=utf-8", script);
        }
    }
}
