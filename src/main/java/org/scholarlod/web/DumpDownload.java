package org.scholarlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scholarlod.store.Tdb2Store;

/**
 * The whole store as gzip'd dumps, streamed from one read transaction: {@code /dump/scholarlod.nt.gz} (the union
 * graph, N-Triples) and {@code /dump/scholarlod.nq.gz} (every article graph, N-Quads).
 */
final class DumpDownload implements Filter {
    static final String PREFIX = "/dump/";

    private final DatasetGraph dataset;

    DumpDownload(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI();
        boolean quads = (PREFIX + "scholarlod.nq.gz").equals(path);
        boolean triples = (PREFIX + "scholarlod.nt.gz").equals(path);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!(quads || triples) || !read) {
            chain.doFilter(req, res);
            return;
        }
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + path.substring(PREFIX.length()) + "\"");
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (GZIPOutputStream gzip = new GZIPOutputStream(response.getOutputStream(), 1 << 16)) {
            Tdb2Store.export(dataset, StreamRDFWriter.getWriterStream(gzip, quads ? RDFFormat.NQUADS : RDFFormat.NTRIPLES),
                    quads);
        }
    }
}
