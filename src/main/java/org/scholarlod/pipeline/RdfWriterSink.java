package org.scholarlod.pipeline;

import java.nio.charset.StandardCharsets;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.ArticleLayout;
import org.scholarlod.rdf.SharedLayout;
import org.scholarlod.rdf.SharedPart;
import org.scholarlod.rdf.JsonLdContext;
import org.scholarlod.rdf.Namespaces;

/**
 * Writes articles as they come in one RDF syntax; memory holds one article, except for RDF/XML. The quad
 * syntaxes write the stored layout ({@link SharedLayout}): each article's own graph and its shared
 * descriptions, a description already written by a recent article not written again.
 */
public final class RdfWriterSink implements ArticleSink<RdfWriterSink.Rendered> {
    /** Shared graphs remembered as written: more than a bulk load remembers, since a writer holds no store. */
    private static final int REMEMBERED = 1 << 17;

    private final OutputFormat format;
    private final OutputStream out;
    private final String base;
    private final RecentNames written = new RecentNames(REMEMBERED);
    private StreamRDF stream;
    private Graph merged;
    private JsonLdContext.Stream jsonld;
    private boolean first = true;

    /** What a worker made of an article: its lines (the own graph's, for N-Quads), each shared graph's, or the layout. */
    public record Rendered(byte[] own, Map<Node, byte[]> shared, ArticleLayout layout) {}

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

    /** N-Triples and N-Quads, which need no header, are written on the worker threads; TriG is laid out there. */
    @Override
    public Rendered render(ArticleGraph article) {
        if (format == OutputFormat.ntriples) {
            return new Rendered(lines(article.name(), article.graph()), Map.of(), null);
        }
        if (!format.quads) {
            return null;
        }
        ArticleLayout layout = SharedLayout.of(article);
        if (format == OutputFormat.trig) {
            return new Rendered(null, Map.of(), layout);
        }
        Map<Node, byte[]> shared = new LinkedHashMap<>();
        layout.shared().forEach(part -> shared.put(part.name(), lines(part.name(), part.graph())));
        return new Rendered(lines(layout.name(), layout.own()), shared, null);
    }

    private byte[] lines(Node name, Graph graph) {
        StringBuilder lines = new StringBuilder(graph.size() * 120);
        Node label = format.quads ? name : null;
        graph.find().forEachRemaining(t -> NQuadsLine.append(lines, t, label));
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void accept(ArticleGraph article, Rendered rendered, long position) {
        if (rendered != null && rendered.own() != null) {
            write(rendered.own());
            rendered.shared().forEach((name, bytes) -> {
                if (written.add(name)) {
                    write(bytes);
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
            layout.own().find().forEachRemaining(t -> stream.quad(Quad.create(layout.name(), t)));
            for (SharedPart part : layout.shared()) {
                if (written.add(part.name())) {
                    part.graph().find().forEachRemaining(t -> stream.quad(Quad.create(part.name(), t)));
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
