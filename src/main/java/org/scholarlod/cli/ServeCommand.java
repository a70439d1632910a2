package org.scholarlod.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholarlod.pipeline.ArticleSink;
import org.scholarlod.pipeline.ConversionPipeline;
import org.scholarlod.pipeline.PipelineOptions;
import org.scholarlod.pipeline.Summary;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.source.ArticleReader;
import org.scholarlod.source.BundledSeed;
import org.scholarlod.store.ArticleStore;
import org.scholarlod.store.Releases;
import org.scholarlod.web.PasswordFile;
import org.scholarlod.web.ServerSettings;
import org.scholarlod.web.SparqlServer;
import org.scholarlod.web.StatisticsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod serve}: the SPARQL endpoint and pages over a TDB2 store. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serve a store: SPARQL endpoint, dereferenceable URIs, VoID/DCAT, dumps and a home page.",
            "The SPARQL 1.1 endpoint at /sparql (read-only unless --update; SERVICE only "
                    + "to allowlisted endpoints), every minted URI dereferenceable (/id/…, /graph/…: HTML, Turtle, JSON-LD, "
                    + "RDF/XML, N-Triples, TriG; citation formats for works), VoID and DCAT at /.well-known/void, dumps under "
                    + "/dump/, and a home page at /.",
            "INPUTs are loaded first; an empty store gets the bundled seed article."
        },
        footer = ExitCode.HELP_FOOTER)
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    DefaultStoreOption db;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "" + Defaults.PORT,
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--base",
            paramLabel = "URI",
            description = "Base the store's URIs are minted under: inputs are loaded with it, and /id/… on this "
                    + "server dereferences it (default: the base the store was minted under, or for a new store "
                    + "the address it is served at, http://localhost:PORT/).")
    BaseUri base;

    @Option(
            names = "--update",
            description = "Also accept SPARQL Update at /sparql (without it, updates get 403). "
                    + "Without --password-file, from anyone who reaches the loopback interface.")
    boolean update;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "With --update, accept updates only with the HTTP Basic credentials of a user in this "
                    + "htpasswd file of bcrypt hashes (write it with: htpasswd -B -c FILE NAME); none get 401, "
                    + "wrong ones 403.")
    Path passwordFile;

    @Option(
            names = "--all-interfaces",
            description = "Listen on every network interface, not only loopback "
                    + "(with --update, only together with --password-file).")
    boolean allInterfaces;

    @Option(
            names = "--license",
            paramLabel = "URI",
            defaultValue = ServerSettings.CC0,
            description = "Licence of the data, stated in the VoID/DCAT description and on the dumps "
                    + "(default: ${DEFAULT-VALUE}).")
    String license;

    @Option(
            names = "--allow-service",
            paramLabel = "URL",
            description =
                    "Also let SPARQL SERVICE call this endpoint (repeatable). Naming an endpoint here is the only "
                            + "way to reach a loopback, private or link-local address.")
    List<URI> allowedServices = List.of();

    @Option(
            names = "--no-public-services",
            description = "Do not allow the public Wikidata, OpenCitations and dblp "
                    + "endpoints by default; only --allow-service ones.")
    boolean noPublicServices;

    @Option(
            names = "--allow-load",
            paramLabel = "URL",
            description = "Let SPARQL Update LOAD this document (repeatable); no other LOAD is accepted.")
    List<URI> allowedLoads = List.of();

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "" + ServerSettings.QUERY_TIMEOUT_SECONDS,
            description = "Stop a query at the endpoint that runs longer than this, answering 503 'Query timed out' "
                    + "(default: ${DEFAULT-VALUE}; 0 for no limit). A request's ?timeout= (whole seconds) may ask "
                    + "for less.")
    int timeoutSeconds;

    @Option(
            names = "--result-limit",
            paramLabel = "ROWS",
            defaultValue = "" + ServerSettings.RESULT_LIMIT,
            description = "Answer at most this many rows (solutions) to a query at the endpoint, saying so in the "
                    + "X-SPARQL-MaxRows header (default: ${DEFAULT-VALUE}; 0 for no limit). The dumps hold everything.")
    long resultLimit;

    @Option(
            names = "--snapshots",
            paramLabel = "DIR",
            description = "Start a new store (--db missing or empty) as a copy of the newest snapshot in DIR "
                    + "(see: scholarlod snapshot).")
    Path snapshots;

    @Option(
            names = "--record-patches",
            paramLabel = "LOG",
            description = "With --update: record every committed write as an RDF Patch in the patch log folder LOG, "
                    + "after applying the patches the store lacks; replicas follow the log.")
    Path recordInto;

    @Option(
            names = "--follow",
            paramLabel = "LOG",
            description = "Serve read-only as a replica that applies the patches of the log folder LOG in order, "
                    + "each in one transaction; /$/ready answers 200 only once the store has caught up.")
    Path follow;

    @Option(
            names = "--poll",
            paramLabel = "MILLISECONDS",
            defaultValue = "1000",
            description = "With --follow, how often to look for new patches (default: ${DEFAULT-VALUE}).")
    long pollMillis;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The name the X-ScholarLOD-Replica header gives on every response, with "
                    + "--follow or --record-patches (default: localhost:PORT).")
    String name;

    @Option(
            names = "--drain",
            paramLabel = "SECONDS",
            defaultValue = "0",
            description = "On SIGTERM, answer /$/ready with 503 for this long before stopping, so that a balancer "
                    + "sends nothing new (default: ${DEFAULT-VALUE}).")
    int drainSeconds;

    @Option(
            names = "--access-log",
            paramLabel = "FILE",
            description = "Log every request to FILE in the NCSA combined format.")
    Path accessLog;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Article files or folders to load first.")
    List<Path> inputs = List.of();

    private List<URI> services() {
        List<URI> services = new ArrayList<>(noPublicServices ? List.of() : ServerSettings.PUBLIC_SERVICES);
        services.addAll(allowedServices);
        return services;
    }

    @Override
    public Integer call() {
        Duration timeout = TimeLimit.ofSeconds(timeoutSeconds);
        if (resultLimit < 0) {
            throw new IllegalArgumentException("--result-limit must be 0 (no limit) or more, not " + resultLimit);
        }
        if (passwordFile != null && !update) {
            throw new IllegalArgumentException("--password-file guards SPARQL Update: give --update too");
        }
        if (update && allInterfaces && passwordFile == null) {
            throw new IllegalArgumentException("--update on every interface needs --password-file: without "
                    + "credentials, anyone who reaches the server could change the store");
        }
        Replication replication = new Replication(snapshots, recordInto, follow, pollMillis, drainSeconds);
        replication.check(update, !inputs.isEmpty());
        PasswordFile writers = passwordFile == null ? null : PasswordFile.read(passwordFile);
        int listen = port == 0 ? FreePort.pick() : port;
        BaseUri served = new BaseUri("http://localhost:" + listen + "/");
        ArticleStore store = replication.open(db.directory, update, main.err());
        try {
            BaseUri minted = store.mintedBase();
            BaseUri given = base;
            if (given != null && minted != null && !minted.equals(given)) {
                throw new IllegalArgumentException(db.directory + " was minted under " + minted + ", not " + given
                        + ": serve it with that base, omit --base, or re-mint it with: scholarlod rebase --db "
                        + db.directory + " --base " + given);
            }
            BaseUri uriBase = given != null ? given : minted != null ? minted : served;
            if (given == null && minted != null && !minted.equals(served)) {
                main.err()
                        .println("scholarlod: warning: " + db.directory + " was minted under " + minted
                                + " but is served at "
                                + served + ", so its URIs dereference here only through a proxy for " + minted
                                + "; to re-mint it under this address: scholarlod rebase --db " + db.directory
                                + " --base "
                                + served);
            }
            Conversion conversion = new Conversion(uriBase, true, main.err());
            if (!inputs.isEmpty()) {
                Summary summary;
                try (ArticleSink<?> loader = store.loader(List.of())) {
                    PipelineOptions options = new PipelineOptions(
                            uriBase,
                            true,
                            Runtime.getRuntime().availableProcessors(),
                            false,
                            null,
                            false,
                            main.verbose,
                            true,
                            0);
                    summary = new ConversionPipeline("scholarlod serve", options, main.err())
                            .run(inputs.stream().map(Path::toString).toList(), System.in, loader);
                }
                if (summary.read() > 1) {
                    main.err().println("scholarlod: " + summary.line());
                }
            }
            if (!replication.replicated() && store.graphCount() == 0) {
                store.replace(List.of(conversion.convert("bundled seed", BundledSeed.read(new ArticleReader())))
                        .iterator());
            }
            ServerSettings settings = ServerSettings.builder(listen, uriBase, store.lastModified())
                    .update(update)
                    .writers(writers)
                    .loopbackOnly(!allInterfaces)
                    .license(license)
                    .services(services())
                    .loads(allowedLoads)
                    .queryTimeout(timeout)
                    .resultLimit(resultLimit)
                    .statistics(new StatisticsFile(store.statisticsFile(), store.generation()))
                    .releases(Releases.of(db.directory))
                    .replica(replication.state(store, name != null ? name : "localhost:" + listen))
                    .accessLog(accessLog)
                    .build();
            SparqlServer server = SparqlServer.start(store.dataset(), settings);
            replication.follow(store, settings.replica(), main.err());
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                replication.drain(settings.replica());
                                replication.close();
                                server.close();
                                store.close();
                            },
                            "scholarlod-shutdown"));
            long articles = store.graphCount();
            main.out()
                    .printf(
                            "ScholarLOD is serving %d article%s from %s, URIs under %s%n",
                            articles, articles == 1 ? "" : "s", db.directory, uriBase);
            main.out().printf("SPARQL endpoint: %s%n", server.endpoint());
            main.out().printf("Home page:       http://localhost:%d/%n", server.port());
            main.out().flush();
            server.join();
            return ExitCode.OK;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
