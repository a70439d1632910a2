package org.scholarlod.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.ArticleLayout;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.JsonLdContext;
import org.scholarlod.rdf.NQuadsBuffer;
import org.scholarlod.rdf.Namespaces;
import org.scholarlod.rdf.SharedLayout;
import org.scholarlod.rdf.SharedPart;

/**
 * Writes articles as they come in one RDF syntax; memory holds one article, except for RDF/XML. The quad
 * syntaxes write the stored layout ({@link SharedLayout}): each article's own graph and its shared
 * descriptions, a description already written by a recent article not written again.
 */
public final class RdfWriterSink implements ArticleSink<RdfWriterSink.Rendered> {
    /** Shared graphs remembered as written, for sure (40 MB): more than a bulk load, since a writer holds no store. */
    private static final int REMEMBERED = 1 << 20;

    private final OutputFormat format;
    private final OutputStream out;
    private final BaseUri base;
    private final RecentNames written = new RecentNames(REMEMBERED);
    private StreamRDF stream;
    private Graph merged;
    private JsonLdContext.Stream jsonld;
    private boolean first = true;

    /** Bytes of lines per chunk: small chunks, where one array per article would be humongous to G1. */
    private static final int CHUNK = 32 * 1024;

    private static final byte[] SPACE = {' '};
    private static final byte[] END_OF_LINE = {' ', '.', '\n'};

    /**
     * What a worker made of an article: its lines in UTF-8 chunks (the own graph's, for N-Quads), each shared
     * graph's, or the layout.
     */
    public record Rendered(List<byte[]> own, Map<Node, byte[]> shared, ArticleLayout layout) {}

    public RdfWriterSink(OutputFormat format, BaseUri base, OutputStream out) {
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

    /** N-Triples and N-Quads, which need no header, are written on the worker threads; TriG is laid out there. */
    @Override
    public Rendered render(ArticleGraph article) {
        if (format == OutputFormat.ntriples) {
            return new Rendered(lines(null, article.graph().find().toList()), Map.of(), null);
        }
        if (!format.quads) {
            return null;
        }
        ArticleLayout layout = SharedLayout.of(article);
        if (format == OutputFormat.trig) {
            return new Rendered(null, Map.of(), layout);
        }
        Map<Node, byte[]> shared = new LinkedHashMap<>();
        layout.shared().forEach(part -> shared.put(part.name(), quads(part)));
        return new Rendered(lines(layout.name(), layout.own()), shared, null);
    }

    /** A shared part's N-Quads: its content's N-Triples lines, each given the part's graph name. */
    private static byte[] quads(SharedPart part) {
        NQuadsBuffer quads = new NQuadsBuffer(part.nTriples().size() * 250);
        byte[] ending = quads.bytes(SPACE, 0, 1)
                .term(part.name())
                .bytes(END_OF_LINE, 0, END_OF_LINE.length)
                .take();
        for (byte[] line : part.nTriples()) {
            quads.bytes(line, 0, line.length - END_OF_LINE.length).bytes(ending, 0, ending.length);
        }
        return quads.take();
    }

    /** The lines in chunks of about {@link #CHUNK} bytes; {@code name} null for N-Triples. */
    private static List<byte[]> lines(Node name, List<Triple> triples) {
        List<byte[]> chunks = new ArrayList<>();
        NQuadsBuffer lines = new NQuadsBuffer(Math.min(CHUNK + 1024, triples.size() * 160));
        for (Triple t : triples) {
            if (lines.line(t, name).length() >= CHUNK) {
                chunks.add(lines.take());
            }
        }
        if (lines.length() > 0) {
            chunks.add(lines.take());
        }
        return chunks;
    }

    @Override
    public void accept(ArticleGraph article, Rendered rendered, long position) {
        if (rendered != null && rendered.own() != null) {
            write(rendered.own());
            rendered.shared().forEach((name, bytes) -> {
                if (written.add(name)) {
                    write(List.of(bytes));
                }
            });
            first = false;
            return;
        }
        if (first) {
            begin();
        }
        if (rendered != null) {
            ArticleLayout layout = rendered.layout();
            layout.own().forEach(t -> stream.quad(Quad.create(layout.name(), t)));
            for (SharedPart part : layout.shared()) {
                if (written.add(part.name())) {
                    part.triples().forEach(t -> stream.quad(Quad.create(part.name(), t)));
                }
            }
        } else if (stream != null) {
            article.graph().find().forEachRemaining(stream::triple);
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

    private void write(List<byte[]> chunks) {
        try {
            for (byte[] chunk : chunks) {
                out.write(chunk);
            }
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
