package org.scholarlod.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which SPARQL endpoints a query may call with SERVICE. A target must be listed exactly (scheme, host, port,
 * path); the public defaults must also resolve to public addresses, so that a DNS answer cannot turn them into a
 * way into the server's own network. Only endpoints the operator names are reachable on loopback, private or
 * link-local addresses. The same rules, with a list of their own, say which documents SPARQL Update may LOAD.
 */
final class ServiceAllowlist {
    private final List<URI> allowed;
    private final List<URI> publicOnly;
    private final String clause;
    private final String option;

    /** {@code publicOnly}: the entries that must resolve to public addresses (the built-in defaults). */
    ServiceAllowlist(List<URI> allowed, List<URI> publicOnly) {
        this("SERVICE", "--allow-service", allowed, publicOnly);
    }

    private ServiceAllowlist(String clause, String option, List<URI> allowed, List<URI> publicOnly) {
        this.clause = clause;
        this.option = option;
        this.allowed = allowed.stream()
                .map(ServiceAllowlist::normal)
                .filter(java.util.Objects::nonNull)
                .toList();
        this.publicOnly = publicOnly.stream()
                .map(ServiceAllowlist::normal)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** The documents a LOAD may read: only those listed, none by default. */
    static ServiceAllowlist forLoad(List<URI> allowed) {
        return new ServiceAllowlist("LOAD", "--allow-load", allowed, List.of());
    }

    /** Why {@code target} may not be called, or null when it may. */
    String refusal(String target) {
        URI uri;
        try {
            uri = normal(new URI(target));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return clause + " <" + target + "> is not an http(s) URL";
        }
        if (uri == null) {
            return clause + " <" + target + "> is not an http(s) URL";
        }
        if (!allowed.contains(uri)) {
            return clause + " <" + target + "> is not on this endpoint's allowlist ("
                    + (allowed.isEmpty()
                            ? "empty"
                            : String.join(
                                    ", ", allowed.stream().map(URI::toString).toList()))
                    + "); `serve " + option + " URL` adds one";
        }
        if (publicOnly.contains(uri)) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (!isPublic(address)) {
                        return clause + " <" + target + "> resolves to a non-public address ("
                                + address.getHostAddress() + "); only endpoints named with " + option + " may";
                    }
                }
            } catch (UnknownHostException e) {
                return clause + " <" + target + ">: cannot resolve " + uri.getHost();
            }
        }
        return null;
    }

    /** Scheme and host in lower case, default port explicit, no user info or fragment; null unless http(s). */
    private static URI normal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
            return null;
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        try {
            return new URI(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress()
                || a.isSiteLocalAddress()
                || a.isLinkLocalAddress()
                || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0
                && !(first == 100 && second >= 64 && second < 128)
                && !(first == 198 && (second & 0xfe) == 18);
    }
}
