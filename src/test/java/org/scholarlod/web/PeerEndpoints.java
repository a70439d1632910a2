package org.scholarlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A second SPARQL server on a free loopback port, standing in for the public scholarly graphs: Wikidata at
 * {@code /wikidata/sparql}, OpenCitations Meta at {@code /meta/sparql}, the OpenCitations Index at
 * {@code /index/sparql}, each loaded with a small dataset in that graph's real shape.
 */
public final class PeerEndpoints implements AutoCloseable {
    static final Map<String, String> PUBLIC = Map.of(
            "https://query.wikidata.org/sparql", "wikidata",
            "https://opencitations.net/meta/sparql", "meta",
            "https://opencitations.net/index/sparql", "index");

    private final FusekiServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();

    public PeerEndpoints() {
        Filter record = (request, response, chain) -> {
            String query = request.getParameter("query");
            if (query != null) {
                received.add(((HttpServletRequest) request).getRequestURI() + " " + query);
            }
            chain.doFilter(request, response);
        };
        server = FusekiServer.create()
                .port(0)
                .loopback(true)
                .addFilter("/*", record)
                .add("/wikidata", load("wikidata.ttl"))
                .add("/meta", load("oc-meta.ttl"))
                .add("/index", load("oc-index.ttl"))
                .build()
                .start();
    }

    private static DatasetGraph load(String file) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dataset, "src/test/resources/federation/" + file);
        return dataset;
    }

    /** The local stand-in for a public endpoint ({@code wikidata}, {@code meta} or {@code index}). */
    public String endpoint(String name) {
        return "http://localhost:" + server.getHttpPort() + "/" + name + "/sparql";
    }

    /** Every query the peers were sent, as "/path query", oldest first. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** A query with every public endpoint it names replaced by its local stand-in. */
    public String local(String query) {
        String result = query;
        for (Map.Entry<String, String> e : PUBLIC.entrySet()) {
            result = result.replace("<" + e.getKey() + ">", "<" + endpoint(e.getValue()) + ">");
        }
        return result;
    }

    @Override
    public void close() {
        server.stop();
    }
}
