package org.scholarlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.jena.riot.RDFWriter;

/**
 * The route of the dataset's VoID and DCAT description at {@code /.well-known/void} (the VoID specification's
 * well-known location), as Turtle, JSON-LD, RDF/XML or N-Triples.
 */
final class VoidDocument extends Route {
    private static final long serialVersionUID = 1L;

    private static final List<Representation> OFFERS =
            List.of(Representation.TURTLE, Representation.JSONLD, Representation.RDFXML, Representation.NTRIPLES);

    private final DatasetDescription description;
    private final StoreVersion version;

    VoidDocument(DatasetDescription description, StoreVersion version) {
        this.description = description;
        this.version = version;
    }

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Representation chosen = AcceptHeader.choose(request.getHeader("Accept"), OFFERS);
        if (chosen == null) {
            // Browsers ask for HTML first; Turtle is readable text for them too.
            chosen = Representation.TURTLE;
        }
        Instant lastModified = version.lastModified();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(description.graph()).lang(chosen.lang).output(out);
        byte[] body = out.toByteArray();
        response.addHeader("Vary", "Accept");
        if (!Freshness.of(body, Freshness.FIVE_MINUTES, lastModified).answer(request, response)) {
            send(request, response, chosen.mediaType + "; charset=utf-8", body);
        }
    }
}
