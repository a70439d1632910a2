package org.scholarlod.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses among offered representations by an HTTP Accept header (RFC 9110): q-values, {@code type/*} and
 * {@code *}{@code /*} wildcards, the most specific range deciding a type's quality; ties go to the order offered.
 * Not Jena's {@code AcceptList.match}, which takes the matching range of highest q rather than the most specific
 * (so {@code text/*;q=0.9, text/html;q=0} still chooses HTML), accepts a type the client gave {@code q=0}, and
 * logs a warning for every malformed header a public server is sent.
 */
final class AcceptHeader {
    private AcceptHeader() {}

    /** The best acceptable offer, or null when none is acceptable (a 406). */
    static Representation choose(String accept, List<Representation> offers) {
        if (accept == null || accept.indexOf('/') < 0) {
            // No media range at all ("", ";", ";;;,,,"): as if the client had sent none.
            return offers.get(0);
        }
        Representation best = null;
        double bestQuality = 0;
        for (Representation offer : offers) {
            double quality = quality(accept, offer.mediaType);
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        return best;
    }

    /** The quality the header gives a media type: that of the most specific matching range, 0 if none. */
    static double quality(String accept, String mediaType) {
        String[] range = mostSpecific(accept, mediaType);
        return range == null ? 0 : q(range);
    }

    /**
     * The parameters other than q of the most specific range matching {@code mediaType}, by lower-case name, such
     * as {@code style} and {@code locale} in doi.org's {@code text/x-bibliography; style=apa; locale=en-US}.
     */
    static Map<String, String> parameters(String accept, String mediaType) {
        Map<String, String> parameters = new HashMap<>();
        String[] range = accept == null ? null : mostSpecific(accept, mediaType);
        for (int i = 1; range != null && i < range.length; i++) {
            int equals = range[i].indexOf('=');
            String name =
                    equals < 0 ? "" : range[i].substring(0, equals).strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !name.equals("q")) {
                parameters.put(name, range[i].substring(equals + 1).strip().replaceAll("^\"|\"$", ""));
            }
        }
        return parameters;
    }

    /** The media range (its name, then its parameters) that decides for {@code mediaType}, or null if none. */
    private static String[] mostSpecific(String accept, String mediaType) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        int bestSpecificity = -1;
        String[] best = null;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";", -1);
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            int specificity = name.equals(mediaType) ? 2 : name.equals(type + "/*") ? 1 : name.equals("*/*") ? 0 : -1;
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                best = parts;
            }
        }
        return best;
    }

    private static double q(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).strip());
                    return q < 0 || q > 1 ? 0 : q;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
