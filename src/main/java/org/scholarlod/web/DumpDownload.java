package org.scholarlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scholarlod.store.Tdb2Store;

/**
 * The route of the whole store as gzip'd dumps, streamed from one read transaction: {@code /dump/scholarlod.nt.gz}
 * (the union graph, N-Triples) and {@code /dump/scholarlod.nq.gz} (every article graph, N-Quads).
 */
final class DumpDownload extends Route {
    private static final long serialVersionUID = 1L;

    static final String PREFIX = "/dump/";

    private final DatasetGraph dataset;

    DumpDownload(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        boolean quads = (PREFIX + "scholarlod.nq.gz").equals(path);
        if (!quads && !(PREFIX + "scholarlod.nt.gz").equals(path)) {
            ErrorPage.notFound(request, response, null);
            return;
        }
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + path.substring(PREFIX.length()) + "\"");
        if (isHead(request)) {
            // The length is known only by writing the whole store, which HEAD is meant to spare.
            return;
        }
        try (GZIPOutputStream gzip = new GZIPOutputStream(response.getOutputStream(), 1 << 16)) {
            RDFFormat format = quads ? RDFFormat.NQUADS : RDFFormat.NTRIPLES;
            Tdb2Store.export(dataset, StreamRDFWriter.getWriterStream(gzip, format), quads);
        }
    }
}
