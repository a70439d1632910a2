package org.scholarlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.jena.riot.RDFWriter;

/**
 * Serves the dataset's VoID and DCAT description at {@code /.well-known/void} (the VoID specification's
 * well-known location) as Turtle, JSON-LD, RDF/XML or N-Triples.
 */
final class VoidDocument implements Filter {
    private static final List<Representation> OFFERS = List.of(Representation.TURTLE, Representation.JSONLD,
            Representation.RDFXML, Representation.NTRIPLES);

    private final DatasetDescription description;

    VoidDocument(DatasetDescription description) {
        this.description = description;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!DatasetDescription.PATH.equals(request.getRequestURI()) || !read) {
            chain.doFilter(req, res);
            return;
        }
        String accept = request.getHeader("Accept");
        Representation chosen = AcceptHeader.choose(accept, OFFERS);
        if (chosen == null) {
            // Browsers ask for HTML first; Turtle is readable text for them too.
            chosen = Representation.TURTLE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(description.graph()).lang(chosen.lang).output(out);
        byte[] body = out.toByteArray();
        response.setHeader("Vary", "Accept");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentType(chosen.mediaType + "; charset=utf-8");
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
