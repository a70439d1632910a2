package org.scholarlod.web;

import java.util.List;
import java.util.Optional;

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
            new Graph("https://doi.org/10.13039/", "crossref-funders", "Crossref Funder Registry"),
            new Graph("https://doi.org/", "doi", "DOI"),
            new Graph("https://orcid.org/", "orcid", "ORCID"),
            new Graph("https://ror.org/", "ror", "ROR"),
            new Graph("http://www.wikidata.org/entity/", "wikidata", "Wikidata"),
            new Graph("https://w3id.org/oc/meta/", "opencitations-meta", "OpenCitations Meta"),
            new Graph("https://portal.issn.org/resource/ISSN/", "issn", "ISSN Portal"),
            new Graph("https://pubmed.ncbi.nlm.nih.gov/", "pubmed", "PubMed"),
            new Graph("https://arxiv.org/abs/", "arxiv", "arXiv"),
            new Graph("https://openlibrary.org/isbn/", "openlibrary", "Open Library"));

    private ExternalGraphs() {}

    static Optional<Graph> of(String uri) {
        return ALL.stream().filter(g -> uri.startsWith(g.prefix())).findFirst();
    }
}
