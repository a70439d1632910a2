package org.scholarlod.web;

import java.util.List;
import java.util.Optional;
import org.scholarlod.model.IdentifierScheme;

/**
 * The other graphs our links point into, known by the URI prefix of what they name: for VoID linksets and for
 * the "Elsewhere" section of a page. Longer prefixes come first, so that a funder DOI is not taken for a work's.
 */
final class ExternalGraphs {
    /** A graph: the prefix of its URIs, a short key for our URIs, and its name. */
    record Graph(String prefix, String key, String title) {
        /** What follows the prefix: the identifier within that graph. */
        String local(String uri) {
            return uri.substring(prefix.length());
        }
    }

    static final List<Graph> ALL = List.of(
            new Graph(IdentifierScheme.CROSSREF_FUNDER.uri(""), "crossref-funders", "Crossref Funder Registry"),
            new Graph(IdentifierScheme.DOI.uri(""), "doi", "DOI"),
            new Graph(IdentifierScheme.ORCID.uri(""), "orcid", "ORCID"),
            new Graph(IdentifierScheme.ROR.uri(""), "ror", "ROR"),
            new Graph(IdentifierScheme.WIKIDATA.uri(""), "wikidata", "Wikidata"),
            new Graph("https://w3id.org/oc/meta/", "opencitations-meta", "OpenCitations Meta"),
            new Graph(IdentifierScheme.ISSN.uri(""), "issn", "ISSN Portal"),
            new Graph(IdentifierScheme.PMID.uri(""), "pubmed", "PubMed"),
            new Graph(IdentifierScheme.ARXIV.uri(""), "arxiv", "arXiv"),
            new Graph(IdentifierScheme.ISBN.uri(""), "openlibrary", "Open Library"));

    private ExternalGraphs() {}

    static Optional<Graph> of(String uri) {
        return ALL.stream().filter(g -> uri.startsWith(g.prefix())).findFirst();
    }
}
