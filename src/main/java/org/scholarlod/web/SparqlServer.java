package org.scholarlod.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.CustomRequestLog;
import org.scholarlod.rdf.BaseUri;

/**
 * An embedded Fuseki serving the site, routed by path the way Fuseki main's builder routes: the SPARQL 1.1
 * Protocol endpoint at {@link SparqlRoute#PATH} (read-only unless the settings allow updates, SERVICE guarded by
 * the allowlist) with its filters mapped to it alone, a servlet for each other route, and in front of all of
 * them only what holds for every request ({@link RequestHygiene}, {@link RequestLimits}).
 */
public final class SparqlServer implements AutoCloseable {
    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    /** Starts serving {@code dataset} as {@code settings} say. */
    public static SparqlServer start(DatasetGraph dataset, ServerSettings settings) {
        // The dataset is named by the endpoint's path and its operations are unnamed, so that Fuseki's dispatch
        // claims /sparql and nothing else: a dataset at "/" would claim the home page's path too.
        DataService.Builder builder = DataService.newBuilder(dataset)
                .addEndpoint(Endpoint.create()
                        .operation(Operation.Query)
                        .endpointName("")
                        .context(limits(settings))
                        .build());
        if (settings.update()) {
            builder.addEndpoint(Operation.Update, "");
        }
        DataService service = builder.build();
        BaseUri base = settings.base();
        StoreVersion version = new StoreVersion(settings.lastModified());
        DatasetDescription description = new DatasetDescription(dataset, settings, version);
        ServiceAllowlist allowlist = new ServiceAllowlist(settings.services(), ServerSettings.PUBLIC_SERVICES);
        GuardedServiceExecutor.install(dataset.getContext(), allowlist);
        ArticleView.Links links = new ResourcePage(base)::href;
        ResourceRoute resources = new ResourceRoute(dataset, base, version);
        FusekiServer.Builder fuseki = FusekiServer.create();
        if (settings.resultLimit() > 0) {
            fuseki.registerOperation(
                    Operation.Query, WebContent.contentTypeSPARQLQuery, new RowLimitedQuery(settings.resultLimit()));
        }
        ServerMetrics metrics = new ServerMetrics();
        fuseki.port(settings.port())
                .loopback(settings.loopbackOnly())
                .enableCors(true, null)
                .enableMetrics(true)
                .registerOperation(
                        Operation.Update,
                        WebContent.contentTypeSPARQLUpdate,
                        new ProtocolUpdate(ServiceAllowlist.forLoad(settings.loads())))
                .add(SparqlRoute.PATH, service)
                .addFilter("/*", metrics);
        // Before the filters that may answer early, so that every answer names its replica.
        ReplicaState replica = settings.replica();
        if (replica != null) {
            replica.onChange(version::changed);
            fuseki.addFilter("/*", new ReplicaHeaders(replica)).addServlet(Readiness.PATH, new Readiness(replica));
        }
        fuseki.addFilter("/*", new RequestHygiene())
                .addFilter("/*", new RequestLimits())
                .addFilter(SparqlRoute.PATH, new SparqlRoute(settings.update()));
        if (settings.writers() != null) {
            fuseki.addFilter(SparqlRoute.PATH, new UpdateLogin(settings.writers()));
        }
        fuseki.addFilter(SparqlRoute.PATH, new ServiceDescription(settings.update(), description))
                .addFilter(SparqlRoute.PATH, new ServiceGuard(allowlist));
        if (settings.update()) {
            fuseki.addFilter(
                    SparqlRoute.PATH, new UpdateWatcher(replica == null ? version::changed : replica::refresh));
        }
        ResourceSync resourceSync = new ResourceSync(dataset, base);
        // The servlet spec's mapping rules pick the route: an exact path, else the longest prefix; "" is the root.
        fuseki.addServlet("", new HomePage(dataset, description, version, links))
                .addServlet(SearchPage.PATH, new SearchPage(dataset, links))
                .addServlet(MetaApi.PATH + "/*", new MetaApi(dataset, base))
                .addServlet(SkgIfApi.PATH + "/*", new SkgIfApi(dataset, base))
                .addServlet(ChangeFeed.PATH, new ChangeFeed(dataset, base))
                .addServlet(ResourceSync.WELL_KNOWN, resourceSync)
                .addServlet(ResourceSync.PREFIX + "*", resourceSync)
                .addServlet("/id/*", resources)
                .addServlet("/graph/*", resources)
                .addServlet(DatasetDescription.PATH, new VoidDocument(description, version))
                .addServlet(ContextDocument.PATH, new ContextDocument())
                .addServlet(DumpDownload.PREFIX + "*", new DumpDownload(dataset))
                .addServlet(StaticAsset.PATH, new StaticAsset())
                .addServlet(NoIcon.PATH, new NoIcon())
                .addServlet("/*", new UnknownPath());
        if (settings.releases() != null) {
            fuseki.addServlet(ReleaseDownload.PREFIX + "*", new ReleaseDownload(settings.releases()));
        }
        FusekiServer server = fuseki.build();
        metrics.bind(server, replica);
        if (settings.accessLog() != null) {
            server.getJettyServer()
                    .setRequestLog(new CustomRequestLog(
                            settings.accessLog().toString(), CustomRequestLog.EXTENDED_NCSA_FORMAT));
        }
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
        return "http://localhost:" + port() + SparqlRoute.PATH;
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
