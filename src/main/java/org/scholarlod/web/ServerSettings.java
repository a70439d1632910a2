package org.scholarlod.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.store.Releases;

/**
 * Everything a server is started with, in one place: where it listens, what its store was minted under, what it
 * allows (SPARQL Update, SERVICE targets, LOAD sources), how much one query may take, and what it says about its
 * data (licence). Made with {@link #builder}, which checks the whole at {@link Builder#build}.
 *
 * @param port         port to listen on; 0 picks a free one
 * @param loopbackOnly bind to the loopback interface only
 * @param base         the base the store's URIs were minted under, ending in '/'
 * @param lastModified when the store was last written
 * @param update       accept SPARQL Update (only while bound to loopback)
 * @param license      the licence of the data, as a URI
 * @param services     the SPARQL endpoints a query may call with SERVICE
 * @param statistics   the store's counted statistics, when it keeps them (null: counted at start)
 * @param queryTimeout how long a query at the endpoint may run before it is stopped; zero for no limit
 * @param resultLimit  the most rows (solutions) a query at the endpoint answers; zero for no limit
 * @param writers      who may send SPARQL Update, or null for anyone on loopback
 * @param loads        the documents SPARQL Update may LOAD
 * @param releases     the store's dated releases, or null
 * @param replica      what the server says to a balancer (name, store version, readiness), or null for none
 * @param accessLog    the file every request is logged to in the NCSA combined format, or null for none
 */
public record ServerSettings(
        int port,
        boolean loopbackOnly,
        BaseUri base,
        Instant lastModified,
        boolean update,
        String license,
        List<URI> services,
        StatisticsFile statistics,
        Duration queryTimeout,
        long resultLimit,
        PasswordFile writers,
        List<URI> loads,
        Releases releases,
        ReplicaState replica,
        java.nio.file.Path accessLog) {
    /** CC0, as OpenCitations and Wikidata publish bibliographic metadata. */
    public static final String CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";
    /** The public scholarly graphs a SERVICE clause may reach by default. */
    public static final List<URI> PUBLIC_SERVICES = List.of(
            URI.create("https://query.wikidata.org/sparql"),
            URI.create("https://opencitations.net/meta/sparql"),
            URI.create("https://opencitations.net/index/sparql"),
            URI.create("https://sparql.dblp.org/sparql"));
    /** A public endpoint's limit: a page's queries take milliseconds, a runaway one would hold a worker for hours. */
    public static final int QUERY_TIMEOUT_SECONDS = 10;

    public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(QUERY_TIMEOUT_SECONDS);
    /**
     * A public endpoint's rows per answer: every article of a large catalogue with a few fields each; the whole
     * store is the dumps' to give.
     */
    public static final long RESULT_LIMIT = 100_000;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        Objects.requireNonNull(base, "base");
        if (update && !loopbackOnly && writers == null) {
            throw new IllegalArgumentException("SPARQL Update without credentials is only allowed while bound to "
                    + "loopback: give a password file");
        }
        if (writers != null && !update) {
            throw new IllegalArgumentException("a password file guards SPARQL Update: accept updates too");
        }
        Objects.requireNonNull(license, "license");
        services = List.copyOf(services);
        loads = List.copyOf(loads);
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (queryTimeout.isNegative()) {
            throw new IllegalArgumentException("query timeout " + queryTimeout + " is negative");
        }
        if (resultLimit < 0) {
            throw new IllegalArgumentException("result limit " + resultLimit + " is negative");
        }
    }

    /** The defaults: read-only on loopback, CC0, the public SERVICE targets, the public limits, nothing to LOAD. */
    public static Builder builder(int port, BaseUri base, Instant lastModified) {
        return new Builder(port, base, lastModified);
    }

    /** The defaults, as {@link #builder} starts from. */
    public static ServerSettings of(int port, BaseUri base, Instant lastModified) {
        return builder(port, base, lastModified).build();
    }

    /** Collects the settings that differ from the defaults. */
    public static final class Builder {
        private final int port;
        private final BaseUri base;
        private final Instant lastModified;
        private boolean loopbackOnly = true;
        private boolean update;
        private String license = CC0;
        private List<URI> services = PUBLIC_SERVICES;
        private StatisticsFile statistics;
        private Duration queryTimeout = QUERY_TIMEOUT;
        private long resultLimit = RESULT_LIMIT;
        private PasswordFile writers;
        private List<URI> loads = List.of();
        private Releases releases;
        private ReplicaState replica;
        private java.nio.file.Path accessLog;

        private Builder(int port, BaseUri base, Instant lastModified) {
            this.port = port;
            this.base = base;
            this.lastModified = lastModified;
        }

        public Builder loopbackOnly(boolean value) {
            loopbackOnly = value;
            return this;
        }

        public Builder update(boolean value) {
            update = value;
            return this;
        }

        public Builder license(String value) {
            license = value;
            return this;
        }

        public Builder services(List<URI> value) {
            services = value;
            return this;
        }

        public Builder statistics(StatisticsFile value) {
            statistics = value;
            return this;
        }

        public Builder queryTimeout(Duration value) {
            queryTimeout = value;
            return this;
        }

        public Builder resultLimit(long value) {
            resultLimit = value;
            return this;
        }

        public Builder writers(PasswordFile value) {
            writers = value;
            return this;
        }

        public Builder loads(List<URI> value) {
            loads = value;
            return this;
        }

        /** The store's dated releases, listed in VoID and offered for download; none by default. */
        public Builder releases(Releases value) {
            releases = value;
            return this;
        }

        /** What the server tells a balancer: a name, its store version and readiness headers and check; none by default. */
        public Builder replica(ReplicaState value) {
            replica = value;
            return this;
        }

        /** A file to log every request to, in the NCSA combined format; none by default. */
        public Builder accessLog(java.nio.file.Path value) {
            accessLog = value;
            return this;
        }

        /** The settings, checked as a whole. */
        public ServerSettings build() {
            return new ServerSettings(
                    port,
                    loopbackOnly,
                    base,
                    lastModified,
                    update,
                    license,
                    services,
                    statistics,
                    queryTimeout,
                    resultLimit,
                    writers,
                    loads,
                    releases,
                    replica,
                    accessLog);
        }
    }
}
