package org.scholarlod.link;

import java.util.Locale;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.scholarlod.rdf.Namespaces;

/**
 * The shape of a graph we reconcile against, as the SPARQL that finds candidates in it: Wikidata's direct
 * properties (title P1476, date P577, authors P50/P2093, venue P1433, DOI P356 in upper case) or OpenCitations
 * Meta's OCDM (dcterms:title, prism:publicationDate, pro: roles, frbr:partOf, datacite identifiers). Every query
 * binds ?item ?title ?date ?author ?container ?doi (works) or ?person ?name ?orcid (people).
 */
public enum LinkProfile {
    WIKIDATA {
        @Override
        String works(WorkToLink w) {
            String byAuthorAndYear = w.firstFamilyName() == null || w.year() == null
                    ? ""
                    : "UNION { ?item wdt:P577 ?d . FILTER(YEAR(?d) = " + Integer.parseInt(w.year()) + ") "
                            + "{ ?item wdt:P2093 ?n } UNION { ?item wdt:P50/rdfs:label ?n } "
                            + "FILTER(CONTAINS(LCASE(STR(?n)), " + text(w.firstFamilyName())
                            + ")) ?item wdt:P1476 ?title }";
            return WIKIDATA_PREFIXES
                    + "SELECT ?item ?title ?date ?author ?container ?doi WHERE {\n"
                    + "  { ?item wdt:P1476 ?title . FILTER(LCASE(STR(?title)) = " + text(w.title()) + ") } "
                    + byAuthorAndYear + "\n"
                    + "  OPTIONAL { ?item wdt:P577 ?date }\n"
                    + "  OPTIONAL { { ?item wdt:P2093 ?author } UNION { ?item wdt:P50/rdfs:label ?author } }\n"
                    + "  OPTIONAL { ?item wdt:P1433/rdfs:label ?container }\n"
                    + "  OPTIONAL { ?item wdt:P356 ?doi }\n"
                    + "} LIMIT 200";
        }

        @Override
        String authors(String doi) {
            return WIKIDATA_PREFIXES
                    + "SELECT ?person ?name ?orcid WHERE { ?work wdt:P356 "
                    + NodeFmtLib.strNT(NodeFactory.createLiteralString(doi.toUpperCase(Locale.ROOT)))
                    + " ; wdt:P50 ?person . ?person rdfs:label ?name . "
                    + "OPTIONAL { ?person wdt:P496 ?orcid } } LIMIT 200";
        }
    },
    OPENCITATIONS {
        @Override
        String works(WorkToLink w) {
            String byAuthorAndYear = w.firstFamilyName() == null || w.year() == null
                    ? ""
                    : "UNION { ?item prism:publicationDate ?d . FILTER(STRSTARTS(STR(?d), \""
                            + Integer.parseInt(w.year())
                            + "\")) ?item pro:isDocumentContextFor/pro:isHeldBy/foaf:familyName ?n . "
                            + "FILTER(LCASE(STR(?n)) = " + text(w.firstFamilyName()) + ") ?item dcterms:title ?title }";
            return PREFIXES
                    + "SELECT ?item ?title ?date ?author ?container ?doi WHERE {\n"
                    + "  { ?item dcterms:title ?title . FILTER(LCASE(STR(?title)) = " + text(w.title()) + ") } "
                    + byAuthorAndYear + "\n"
                    + "  OPTIONAL { ?item prism:publicationDate ?date }\n"
                    + "  OPTIONAL { ?item pro:isDocumentContextFor ?role . ?role pro:withRole pro:author ; "
                    + "pro:isHeldBy/foaf:familyName ?author }\n"
                    + "  OPTIONAL { ?item frbr:partOf+/dcterms:title ?container }\n"
                    + "  OPTIONAL { ?item datacite:hasIdentifier ?i . ?i datacite:usesIdentifierScheme datacite:doi ; "
                    + "literal:hasLiteralValue ?doi }\n"
                    + "} LIMIT 200";
        }

        @Override
        String authors(String doi) {
            return PREFIXES + "SELECT ?person ?name ?orcid WHERE { ?id literal:hasLiteralValue "
                    + NodeFmtLib.strNT(NodeFactory.createLiteralString(doi))
                    + " ; datacite:usesIdentifierScheme datacite:doi . "
                    + "?br datacite:hasIdentifier ?id ; pro:isDocumentContextFor ?role . ?role pro:withRole pro:author ; "
                    + "pro:isHeldBy ?person . ?person foaf:familyName ?fn . OPTIONAL { ?person foaf:givenName ?gn } "
                    + "BIND(CONCAT(COALESCE(?gn, \"\"), \" \", ?fn) AS ?name) "
                    + "OPTIONAL { ?person datacite:hasIdentifier ?oi . ?oi datacite:usesIdentifierScheme datacite:orcid ; "
                    + "literal:hasLiteralValue ?orcid } } LIMIT 200";
        }
    };

    private static final String PREFIXES =
            Namespaces.sparql("dcterms", "prism", "pro", "foaf", "frbr", "datacite", "literal");
    private static final String WIKIDATA_PREFIXES = Namespaces.sparql("wdt", "rdfs");

    /** The candidate query for a work. */
    abstract String works(WorkToLink work);

    /** The query for the authors of the work with this DOI (lower case, as we hold it). */
    abstract String authors(String doi);

    /** The name used on the command line and in URIs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String text(String value) {
        return NodeFmtLib.strNT(NodeFactory.createLiteralString(value.toLowerCase(Locale.ROOT)));
    }
}
