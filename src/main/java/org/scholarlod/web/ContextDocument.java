package org.scholarlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.scholarlod.rdf.JsonLdContext;

/** The route of the published JSON-LD context, {@code /context.jsonld}: cacheable and revalidated by ETag. */
final class ContextDocument extends Route {
    private static final long serialVersionUID = 1L;

    static final String PATH = "/context.jsonld";

    private final byte[] body = JsonLdContext.document();
    private final Freshness freshness = Freshness.of(body, Freshness.ONE_DAY, null);

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!freshness.answer(request, response)) {
            send(request, response, "application/ld+json; charset=utf-8", body);
        }
    }
}
