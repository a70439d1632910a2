package org.scholarlod.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.JsonLdContext;
import org.scholarlod.rdf.Namespaces;

/** Writes articles as they come in one RDF syntax; memory holds one article, except for RDF/XML. */
public final class RdfWriterSink implements ArticleSink {
    private final OutputFormat format;
    private final OutputStream out;
    private final String base;
    private StreamRDF stream;
    private Graph merged;
    private JsonLdContext.Stream jsonld;
    private boolean first = true;

    public RdfWriterSink(OutputFormat format, String base, OutputStream out) {
        this.format = format;
        this.out = out;
        this.base = base;
    }

    /** Nothing is written before the first article: a run that converts nothing writes nothing. */
    private void begin() {
        if (format.jena != null && format != OutputFormat.rdfxml) {
            stream = StreamRDFWriter.getWriterStream(out, format.jena);
            stream.start();
            PrefixMapFactory.create(Namespaces.prefixes(base)).forEach(stream::prefix);
        } else if (format == OutputFormat.rdfxml) {
            merged = GraphFactory.createDefaultGraph();
            merged.getPrefixMapping().setNsPrefixes(Namespaces.prefixes(base));
        } else {
            jsonld = new JsonLdContext.Stream(out);
        }
    }

    /** N-Triples and N-Quads, which need no header, are written on the worker threads. */
    @Override
    public byte[] render(ArticleGraph article) {
        if (format != OutputFormat.ntriples && format != OutputFormat.nquads) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        StreamRDF lines = StreamRDFWriter.getWriterStream(bytes, format.jena);
        lines.start();
        article.graph().find().forEachRemaining(format.quads
                ? t -> lines.quad(Quad.create(article.name(), t)) : lines::triple);
        lines.finish();
        return bytes.toByteArray();
    }

    @Override
    public void accept(ArticleGraph article, byte[] rendered, long position) {
        if (rendered != null) {
            write(rendered);
            first = false;
            return;
        }
        if (first) {
            begin();
        }
        if (stream != null) {
            article.graph().find().forEachRemaining(format.quads
                    ? t -> stream.quad(Quad.create(article.name(), t)) : stream::triple);
        } else if (merged != null) {
            article.graph().find().forEachRemaining(merged::add);
        } else {
            jsonld.write(article.graph());
        }
        first = false;
    }

    @Override
    public void finish(long records) {
        if (first) {
            return;
        }
        if (format == OutputFormat.ntriples || format == OutputFormat.nquads) {
            flush();
        } else if (stream != null) {
            stream.finish();
        } else if (merged != null) {
            RDFWriter.source(merged).format(format.jena).output(out);
        } else {
            jsonld.close();
        }
        flush();
    }

    private void write(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
