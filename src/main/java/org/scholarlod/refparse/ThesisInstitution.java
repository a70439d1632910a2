package org.scholarlod.refparse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thesis has no container, and its publisher is the institution: what the model read as a container names the
 * degree, the institution, or both ("Dissertação (Mestrado) - Escola Superior de Agricultura, Universidade de São
 * Paulo, Piracicaba."). The degree goes; the institution is the publisher, joined to the part of it the model did
 * read as publisher when the text has them side by side.
 */
final class ThesisInstitution {
    /** The degree before the institution: "Tese (Doutorado em Educação) -", "Monografia (Especialização) –". */
    private static final Pattern DEGREE = Pattern.compile("^.*?\\)\\s*[-–—]\\s*");

    /** What may stand between the institution and the rest of it: a comma, and a quote the model left out. */
    private static final Pattern BETWEEN = Pattern.compile("[\"”’»)]?\\s*,\\s*");

    private ThesisInstitution() {}

    /** Moves, in {@code fields}, a thesis's container to its publisher; {@code text} is the reference. */
    static void settle(Map<String, String> fields, String text) {
        String named = fields.get("publisher");
        int comma = named == null ? -1 : named.indexOf(", ");
        if (comma > 0 && WorkKinds.namesDegree(named.substring(0, comma))) {
            // "São Paulo: Dissertação de Mestrado, Universidade de São Paulo": the degree is no publisher's.
            fields.put("publisher", named.substring(comma + 2));
        }
        String container = fields.remove("container-title");
        if (container == null) {
            return;
        }
        Matcher degree = DEGREE.matcher(container);
        String institution = degree.find() ? container.substring(degree.end()) : container;
        if (institution.isBlank() || WorkKinds.namesDegree(institution)) {
            return;
        }
        String publisher = fields.get("publisher");
        if (publisher == null) {
            fields.put("publisher", institution);
        } else {
            int start = text.indexOf(institution);
            int next = start < 0 ? -1 : text.indexOf(publisher, start + institution.length());
            if (next > 0
                    && BETWEEN.matcher(text.substring(start + institution.length(), next))
                            .matches()) {
                fields.put("publisher", text.substring(start, next + publisher.length()));
            }
        }
    }
}
