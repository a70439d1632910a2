package org.scholarlod.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * An embedded Fuseki over a dataset: the SPARQL 1.1 Protocol endpoint at {@code /sparql} (read-only unless the
 * settings allow updates; SERVICE guarded by the allowlist) and, as filters in front of it, everything else the
 * site serves on the same port.
 */
public final class SparqlServer implements AutoCloseable {
    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    /** Starts serving {@code dataset} as {@code settings} say. */
    public static SparqlServer start(DatasetGraph dataset, ServerSettings settings) {
        // A dataset at "/" puts the query endpoint at /sparql, the address users and the README expect.
        DataService.Builder builder = DataService.newBuilder(dataset).addEndpoint(Endpoint.create()
                .operation(Operation.Query).endpointName("sparql").context(limits(settings)).build());
        if (settings.update()) {
            builder.addEndpoint(Operation.Update, "sparql");
        }
        DataService service = builder.build();
        String base = settings.base();
        StoreVersion version = new StoreVersion(settings.lastModified());
        DatasetDescription description = new DatasetDescription(dataset, settings, version);
        ServiceAllowlist allowlist = new ServiceAllowlist(settings.services(), ServerSettings.PUBLIC_SERVICES);
        GuardedServiceExecutor.install(dataset.getContext(), allowlist);
        FusekiServer.Builder fuseki = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .enableCors(true, null)
                .registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate,
                        new ProtocolUpdate(ServiceAllowlist.forLoad(settings.loads())))
                .add("/", service)
                .addFilter("/*", new RequestHygiene())
                .addFilter("/*", new RequestLimits());
        if (settings.writers() != null) {
            fuseki.addFilter("/*", new UpdateLogin(settings.writers()));
        }
        fuseki.addFilter("/*", new StaticAsset())
                .addFilter("/*", new ServiceDescription(settings.update(), description))
                .addFilter("/*", new ServiceGuard(allowlist))
                .addFilter("/*", new ContextDocument())
                .addFilter("/*", new VoidDocument(description))
                .addFilter("/*", new DumpDownload(dataset))
                .addFilter("/*", new HomePage(dataset, description, version, new ResourcePage(base)::href))
                .addFilter("/*", new SearchPage(dataset, new ResourcePage(base)::href))
                .addFilter("/*", new LinkedDataFilter(dataset, base, version));
        if (settings.update()) {
            fuseki.addFilter("/*", new UpdateWatcher(version));
        }
        FusekiServer server = fuseki.build();
        // Built now, so that no request waits for the statistics.
        description.graph();
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new ServerException("cannot start the server on port " + settings.port() + ": " + rootMessage(e), e);
        }
        return new SparqlServer(server);
    }

    /**
     * The endpoint's own context: the query time limit, which Fuseki reads there (a request's ?timeout= may only
     * lower it) and answers 503 "Query timed out" once ARQ has stopped the query's iterators. Not the dataset's
     * context, where it would also stop the site's own queries (the VoID counts at start, the catalogue pages).
     */
    private static Context limits(ServerSettings settings) {
        Context limits = new Context();
        if (!settings.queryTimeout().isZero()) {
            limits.set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        }
        return limits;
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
