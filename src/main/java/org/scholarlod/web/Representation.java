package org.scholarlod.web;

import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;

/** The representations a resource can be served as: media type, file suffix, and the RDF syntax if any. */
enum Representation {
    HTML("text/html", "html", null, false),
    TURTLE("text/turtle", "ttl", Lang.TURTLE, false),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, false),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, false),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, false),
    TRIG("application/trig", "trig", Lang.TRIG, false),
    CSL_JSON("application/vnd.citationstyles.csl+json", "csl.json", null, true),
    BIBTEX("application/x-bibtex", "bib", null, true),
    RIS("application/x-research-info-systems", "ris", null, true),
    BIBLIOGRAPHY("text/x-bibliography", "txt", null, true);

    final String mediaType;
    final String suffix;
    final Lang lang;
    /** Citation formats, offered for works (articles and cited works) only. */
    final boolean citation;

    Representation(String mediaType, String suffix, Lang lang, boolean citation) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
        this.citation = citation;
    }

    /** What a resource can be served as; works add the citation formats. */
    static List<Representation> offers(boolean work) {
        return java.util.Arrays.stream(values()).filter(r -> work || !r.citation).toList();
    }

    /** The representation a document URL's suffix ("….ttl") or a {@code ?format=} value names, or null. */
    static Representation named(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Representation r : values()) {
            if (r.suffix.equals(lower) || r.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(lower)
                    || r.mediaType.equals(lower)) {
                return r;
            }
        }
        return switch (lower) {
            case "json" -> JSONLD;
            case "xml" -> RDFXML;
            case "bibtex" -> BIBTEX;
            case "apa", "text" -> BIBLIOGRAPHY;
            default -> null;
        };
    }
}
