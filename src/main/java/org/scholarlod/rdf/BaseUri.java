package org.scholarlod.rdf;

import java.net.URI;

/**
 * The URI every URI ScholarLOD mints starts with: absolute, http or https, with a host, ending in '/', with no
 * query or fragment. Checked once, here; minted URIs are its paths ({@code id/…}, {@code graph/…}).
 */
public record BaseUri(String value) {
    public BaseUri {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("base URI '" + value + "' is not a URI", e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null
                || !value.endsWith("/")
                || uri.getQuery() != null
                || uri.getFragment() != null) {
            throw new IllegalArgumentException("base URI '" + value
                    + "' must be an absolute http(s) URI ending in '/', with no query or fragment");
        }
    }

    /**
     * The base as a person writes it: a missing final '/' is added, so that URIs are minted under it as paths
     * (not to a query or fragment, which is refused as given).
     */
    public static BaseUri of(String text) {
        String value = text == null ? null : text.strip();
        boolean folder = value == null || value.endsWith("/") || value.contains("?") || value.contains("#");
        return new BaseUri(folder ? value : value + "/");
    }

    /** The URI of {@code path} under the base ({@code "id/person/x"} → {@code <base>id/person/x}). */
    public String resolve(String path) {
        return value + path;
    }

    /** Whether {@code uri} was minted under this base. */
    public boolean contains(String uri) {
        return uri.startsWith(value);
    }

    /** The path of a URI under this base ({@code <base>id/x} → {@code "id/x"}); the URI must be under it. */
    public String path(String uri) {
        if (!contains(uri)) {
            throw new IllegalArgumentException("'" + uri + "' is not under the base " + value);
        }
        return uri.substring(value.length());
    }

    @Override
    public String toString() {
        return value;
    }
}
