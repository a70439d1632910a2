package org.scholarlod.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a server is started with, in one place: where it listens, what its store was minted under, what it
 * allows (SPARQL Update, SERVICE targets) and what it says about its data (licence).
 *
 * @param port         port to listen on; 0 picks a free one
 * @param loopbackOnly bind to the loopback interface only
 * @param base         the base the store's URIs were minted under, ending in '/'
 * @param lastModified when the store was last written, epoch milliseconds
 * @param update       accept SPARQL Update (only while bound to loopback)
 * @param license      the licence of the data, as a URI
 * @param services     the SPARQL endpoints a query may call with SERVICE
 * @param statistics   the store's counted statistics, when it keeps them (null: counted at start)
 * @param queryTimeout how long a query at the endpoint may run before it is stopped; zero for no limit
 * @param writers      who may send SPARQL Update, or null for anyone on loopback
 * @param loads        the documents SPARQL Update may LOAD
 */
public record ServerSettings(int port, boolean loopbackOnly, String base, long lastModified, boolean update,
                             String license, List<URI> services, StatisticsFile statistics, Duration queryTimeout,
                             PasswordFile writers, List<URI> loads) {
    /** CC0, as OpenCitations and Wikidata publish bibliographic metadata. */
    public static final String CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";
    /** The public scholarly graphs a SERVICE clause may reach by default. */
    public static final List<URI> PUBLIC_SERVICES = List.of(URI.create("https://query.wikidata.org/sparql"),
            URI.create("https://opencitations.net/meta/sparql"), URI.create("https://opencitations.net/index/sparql"),
            URI.create("https://sparql.dblp.org/sparql"));
    /** A public endpoint's limit: a page's queries take milliseconds, a runaway one would hold a worker for hours. */
    public static final int QUERY_TIMEOUT_SECONDS = 10;
    public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(QUERY_TIMEOUT_SECONDS);

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("base '" + base + "' must end in '/'");
        }
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
    }

    /**
     * Read-only on loopback, CC0, the public SERVICE targets, queries stopped after {@link #QUERY_TIMEOUT}, nothing
     * to LOAD.
     */
    public static ServerSettings of(int port, String base, long lastModified) {
        return new ServerSettings(port, true, base, lastModified, false, CC0, PUBLIC_SERVICES, null, QUERY_TIMEOUT,
                null, List.of());
    }

    public ServerSettings withUpdate(boolean value) {
        return new ServerSettings(port, loopbackOnly, base, lastModified, value, license, services, statistics,
                queryTimeout, writers, loads);
    }

    public ServerSettings withLicense(String value) {
        return new ServerSettings(port, loopbackOnly, base, lastModified, update, value, services, statistics,
                queryTimeout, writers, loads);
    }

    public ServerSettings withServices(List<URI> value) {
        return new ServerSettings(port, loopbackOnly, base, lastModified, update, license, value, statistics,
                queryTimeout, writers, loads);
    }

    public ServerSettings withStatistics(StatisticsFile value) {
        return new ServerSettings(port, loopbackOnly, base, lastModified, update, license, services, value,
                queryTimeout, writers, loads);
    }

    public ServerSettings withQueryTimeout(Duration value) {
        return new ServerSettings(port, loopbackOnly, base, lastModified, update, license, services, statistics,
                value, writers, loads);
    }

    public ServerSettings withLoopbackOnly(boolean value) {
        return new ServerSettings(port, value, base, lastModified, update, license, services, statistics, queryTimeout,
                writers, loads);
    }

    public ServerSettings withWriters(PasswordFile value) {
        return new ServerSettings(port, loopbackOnly, base, lastModified, update, license, services, statistics,
                queryTimeout, value, loads);
    }

    public ServerSettings withLoads(List<URI> value) {
        return new ServerSettings(port, loopbackOnly, base, lastModified, update, license, services, statistics,
                queryTimeout, writers, value);
    }
}
