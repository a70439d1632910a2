package org.scholarlod.web;

import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;

/**
 * The one registry of the formats the site serves a resource in: media type (Jena's own for the RDF syntaxes),
 * file suffix, the RDF syntax if any, and the W3C format IRI (http://www.w3.org/ns/formats/) that the VoID
 * description and the service description name it by.
 */
enum Representation {
    HTML("text/html", "html", null, null, false),
    TURTLE(Lang.TURTLE, "ttl", "Turtle"),
    JSONLD(Lang.JSONLD, "jsonld", "JSON-LD"),
    RDFXML(Lang.RDFXML, "rdf", "RDF_XML"),
    NTRIPLES(Lang.NTRIPLES, "nt", "N-Triples"),
    TRIG(Lang.TRIG, "trig", "TriG"),
    CSL_JSON("application/vnd.citationstyles.csl+json", "csl.json", null, null, true),
    BIBTEX("application/x-bibtex", "bib", null, null, true),
    RIS("application/x-research-info-systems", "ris", null, null, true),
    BIBLIOGRAPHY("text/x-bibliography", "txt", null, null, true);

    /** Where the W3C names its format IRIs. */
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    final String mediaType;
    final String suffix;
    final Lang lang;
    /** The W3C format IRI, or null where the W3C names none (HTML pages, citation formats). */
    final String formatIri;
    /** Citation formats, offered for works (articles and cited works) only. */
    final boolean citation;

    Representation(Lang lang, String suffix, String formatName) {
        this(lang.getHeaderString(), suffix, lang, FORMATS + formatName, false);
    }

    Representation(String mediaType, String suffix, Lang lang, String formatIri, boolean citation) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
        this.formatIri = formatIri;
        this.citation = citation;
    }

    /** The RDF syntaxes, in the order offered. */
    static List<Representation> rdf() {
        return java.util.Arrays.stream(values()).filter(r -> r.lang != null).toList();
    }

    /** What a resource can be served as; works add the citation formats. */
    static List<Representation> offers(boolean work) {
        return java.util.Arrays.stream(values())
                .filter(r -> work || !r.citation)
                .toList();
    }

    /** The representation a document URL's suffix ("….ttl") or a {@code ?format=} value names, or null. */
    static Representation named(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Representation r : values()) {
            if (r.suffix.equals(lower)
                    || r.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(lower)
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
