package org.scholarlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.scholarlod.model.Sha256;

/**
 * The one home of the caching headers: how long an answer may be reused, its strong validator and, for what
 * the store holds, when the store last changed; a conditional request whose copy is still current gets 304.
 *
 * @param cacheControl the {@code Cache-Control} value
 * @param etag the strong validator, quoted
 * @param lastModified when the store last changed, or null for what does not come from it
 */
record Freshness(String cacheControl, String etag, Instant lastModified) {
    /** Descriptions and listings: they change only when the store does. */
    static final String FIVE_MINUTES = "public, max-age=300";
    /** What changes only with a new release of ScholarLOD. */
    static final String ONE_DAY = "public, max-age=86400";

    Freshness {
        if (cacheControl == null || cacheControl.isBlank()) {
            throw new IllegalArgumentException("cacheControl must not be blank, was '" + cacheControl + "'");
        }
    }

    /** Validated by the body's own hash. */
    static Freshness of(byte[] body, String cacheControl, Instant lastModified) {
        return new Freshness(cacheControl, "\"" + hash(body) + "\"", lastModified);
    }

    /**
     * Sets the headers and, when the request's {@code If-None-Match} (or, without it, {@code If-Modified-Since})
     * says the client's copy is current, answers 304; true when it did.
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("ETag", etag);
        if (lastModified != null) {
            response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean current = ifNoneMatch != null
                ? etag.equals(ifNoneMatch)
                : lastModified != null && ifModifiedSince(request) >= lastModified.toEpochMilli();
        if (current) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }

    /** The If-Modified-Since date, or -1 when absent or not a date (a bad header is ignored, not an error). */
    private static long ifModifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** A strong validator for a response body: the first 16 bytes of its SHA-256, in hex. */
    static String hash(byte[] body) {
        return Sha256.hex(Sha256.digest(body), 16);
    }
}
