package org.scholarlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.scholarlod.cite.CslStyle;

/**
 * Which representation of a resource a request gets: the one a "….ttl" suffix or {@code ?format=} fixes, else
 * the one its Accept header prefers among those the resource has; and the headers that tell clients and caches
 * about the choice ({@code Vary}, {@code Content-Location}, {@code Link} to each alternate and the next page).
 *
 * @param path the resource's path, without a representation suffix
 * @param fixed the representation the suffix or {@code ?format=} fixes, or null when the Accept header decides
 */
record Negotiation(String path, Representation fixed) {
    /**
     * What {@code path} and {@code format} ask for; a suffix counts only where the path with it is not a resource
     * of its own ({@code exists} says, in the caller's read transaction).
     */
    static Negotiation of(String path, String format, Predicate<String> exists) {
        if (format != null && Representation.named(format) != null) {
            return new Negotiation(path, Representation.named(format));
        }
        for (Representation r : Representation.values()) {
            String suffix = "." + r.suffix;
            if (path.endsWith(suffix) && !exists.test(path)) {
                return new Negotiation(path.substring(0, path.length() - suffix.length()), r);
            }
        }
        return new Negotiation(path, null);
    }

    /** The representation to send, or null when none of {@code offers} is acceptable. */
    Representation choose(String accept, List<Representation> offers) {
        return fixed != null ? fixed : AcceptHeader.choose(accept, offers);
    }

    /**
     * The citation style a work is formatted in: {@code ?style=} and {@code ?locale=}, else, where the Accept
     * header chose {@code text/x-bibliography}, that range's {@code style} and {@code locale} parameters (as
     * doi.org takes them), else APA in US English. An unknown style or locale is refused naming it.
     */
    CslStyle style(HttpServletRequest request, Representation chosen) {
        String style = request.getParameter("style");
        String locale = request.getParameter("locale");
        if (style == null && locale == null && fixed == null) {
            Map<String, String> asked = AcceptHeader.parameters(request.getHeader("Accept"), chosen.mediaType);
            style = asked.get("style");
            locale = asked.get("locale");
        }
        return CslStyle.of(style, locale);
    }

    /** {@code Vary} where the Accept header decided, whatever the outcome. */
    void vary(HttpServletResponse response) {
        if (fixed == null) {
            response.addHeader("Vary", "Accept");
        }
    }

    /** The headers of a representation that is sent; {@code next} is the next page's query, or null. */
    void describe(
            HttpServletResponse response,
            Representation chosen,
            CslStyle style,
            List<Representation> offers,
            String next) {
        List<String> links = new ArrayList<>();
        alternates(offers)
                .forEach(a ->
                        links.add("<" + a.get("href") + ">; rel=\"alternate\"; type=\"" + a.get("mediaType") + "\""));
        if (next != null) {
            links.add("<" + path + next + ">; rel=\"next\"");
        }
        response.setHeader("Link", String.join(", ", links));
        if (fixed == null) {
            String query = chosen == Representation.BIBLIOGRAPHY ? StylePicker.query(style) : "";
            response.setHeader("Content-Location", path + "." + chosen.suffix + query);
        }
    }

    /** Each representation's own URL, for the Link header and the page's download links. */
    List<Map<String, String>> alternates(List<Representation> offers) {
        List<Map<String, String>> links = new ArrayList<>();
        for (Representation r : offers) {
            links.add(Map.of("href", path + "." + r.suffix, "mediaType", r.mediaType, "name", r.suffix));
        }
        return links;
    }
}
