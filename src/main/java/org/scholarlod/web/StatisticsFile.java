package org.scholarlod.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.scholarlod.rdf.BaseUri;

/**
 * The VoID statistics of a store, counted once when a load ends and kept beside it, so that neither a server's
 * start nor its first home page scans the store: N-Triples under a first line naming the store generation and
 * the base they were counted for. A file of another generation or base is not used.
 */
public record StatisticsFile(Path file, long generation) {
    /** Counts the statistics of {@code dataset} as served under {@code base} and writes them. */
    public void write(DatasetGraph dataset, BaseUri base) {
        write(count(dataset, base), base);
    }

    void write(Graph statistics, BaseUri base) {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                out.write(header(base).getBytes(StandardCharsets.UTF_8));
                RDFDataMgr.write(out, statistics, Lang.NTRIPLES);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ServerException(file + ": the statistics cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /** The statistics counted for this generation and {@code base}, or null when there are none. */
    Graph read(BaseUri base) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (BufferedReader in = Files.newBufferedReader(file)) {
            if (!header(base).strip().equals(in.readLine())) {
                return null;
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(file).lang(Lang.NTRIPLES).parse(graph);
            return graph;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The statistics, counted by scanning the store once. */
    static Graph count(DatasetGraph dataset, BaseUri base) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> new VoidStatistics(dataset, base).addTo(g, datasetNode(base)));
        return g;
    }

    static Node datasetNode(BaseUri base) {
        return NodeFactory.createURI(base.resolve(DatasetDescription.PATH.substring(1) + "#dataset"));
    }

    private String header(BaseUri base) {
        return "# scholarlod statistics: generation " + generation + ", base " + base.resolve("\n");
    }
}
