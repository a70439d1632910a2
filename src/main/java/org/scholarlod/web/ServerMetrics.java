package org.scholarlod.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.metrics.MetricsProvider;

/**
 * What the server adds to Fuseki main's own Prometheus metrics at {@code /$/metrics} (which count the endpoint's
 * requests, good and bad): every request's latency by route, method and status class, the queries stopped at the
 * time limit, and, for a replica, its store version and readiness.
 */
final class ServerMetrics implements Filter {
    /** The first path segments the site routes; any other is counted as "other", so that labels stay few. */
    private static final Set<String> ROUTES = Set.of(
            "sparql",
            "id",
            "graph",
            "skg-if",
            "meta",
            "changes",
            "dump",
            "releases",
            "search",
            ".well-known",
            "$",
            "assets");

    /** Latency buckets from a page's milliseconds to the query time limit's seconds: few, so series stay small. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(5),
        Duration.ofMillis(25),
        Duration.ofMillis(100),
        Duration.ofMillis(500),
        Duration.ofSeconds(2),
        Duration.ofSeconds(10)
    };

    private volatile MeterRegistry registry;

    /** Binds to the registry of the built {@code server}, with the gauges of {@code replica} when it is one. */
    void bind(FusekiServer server, ReplicaState replica) {
        MetricsProvider provider = MetricsProvider.getMetricsProvider(server.getServletContext());
        MeterRegistry bound = provider.getMeterRegistry();
        if (replica != null) {
            Gauge.builder("scholarlod.store.version", replica, ReplicaState::version)
                    .description("The number of the last patch applied to the store")
                    .tag("replica", replica.name())
                    .register(bound);
            Gauge.builder("scholarlod.ready", replica, r -> r.ready() ? 1 : 0)
                    .description("1 while the server is ready to take requests from a balancer")
                    .tag("replica", replica.name())
                    .register(bound);
        }
        registry = bound;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        MeterRegistry bound = registry;
        if (bound == null) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            HttpServletRequest http = (HttpServletRequest) request;
            String route = route(http.getRequestURI());
            int status = ((HttpServletResponse) response).getStatus();
            // The endpoint answers a query stopped at its time limit with 503, and nothing else there with 503.
            if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE && route.equals("sparql")) {
                bound.counter("scholarlod.query.timeouts").increment();
            }
            Timer.builder("scholarlod.http.requests")
                    .description("Requests answered, by route, method and status class")
                    .tag("route", route)
                    .tag("method", method(http.getMethod()))
                    .tag("status", status / 100 + "xx")
                    .serviceLevelObjectives(BUCKETS)
                    .register(bound)
                    .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private static String route(String path) {
        if (path == null || path.equals("/")) {
            return "home";
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return ROUTES.contains(first) ? first : "other";
    }

    private static String method(String method) {
        return switch (method) {
            case "GET", "HEAD", "POST", "OPTIONS" -> method;
            default -> "other";
        };
    }
}
