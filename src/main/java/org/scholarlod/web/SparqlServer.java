package org.scholarlod.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * An embedded Fuseki over a dataset: the SPARQL 1.1 Protocol query endpoint at {@code /sparql} (GET and POST,
 * every standard result format), read-only, and the home page at {@code /}.
 */
public final class SparqlServer implements AutoCloseable {
    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    /**
     * Starts serving on {@code port} (0 picks a free one), bound to the loopback interface unless
     * {@code loopbackOnly} is false. {@code base} is what the store's URIs were minted under, so that
     * {@code /id/…} on this server dereferences {@code base + "id/…"}; {@code lastModified} is when the store
     * was last written (epoch milliseconds).
     */
    public static SparqlServer start(DatasetGraph dataset, int port, boolean loopbackOnly, String base,
                                     long lastModified) {
        return start(dataset, port, loopbackOnly, base, lastModified, false);
    }

    /** As above; {@code update} also accepts SPARQL Update at /sparql, and is refused unless bound to loopback. */
    public static SparqlServer start(DatasetGraph dataset, int port, boolean loopbackOnly, String base,
                                     long lastModified, boolean update) {
        if (update && !loopbackOnly) {
            throw new ServerException("SPARQL Update without credentials is only allowed while bound to loopback", null);
        }
        // A dataset at "/" puts the query endpoint at /sparql, the address users and the README expect.
        DataService.Builder builder = DataService.newBuilder(dataset).addEndpoint(Operation.Query, "sparql");
        if (update) {
            builder.addEndpoint(Operation.Update, "sparql");
        }
        DataService service = builder.build();
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(loopbackOnly)
                .enableCors(true, null)
                .registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate, new ProtocolUpdate())
                .add("/", service)
                .addFilter("/*", new ServiceDescription(update))
                .addFilter("/*", new ContextDocument())
                .addFilter("/*", new HomePage(dataset, new ResourcePage(base)::href))
                .addFilter("/*", new SearchPage(dataset, new ResourcePage(base)::href))
                .addFilter("/*", new LinkedDataFilter(dataset, base, lastModified))
                .build();
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new ServerException("cannot start the server on port " + port + ": " + rootMessage(e), e);
        }
        return new SparqlServer(server);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The endpoint's URL on the loopback interface. */
    public String endpoint() {
        return "http://localhost:" + port() + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
