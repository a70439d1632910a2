package org.scholarlod.skgif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The filters of the SKG-IF OpenAPI this server implements, per entity type, each as a SPARQL group on
 * {@code ?e}: attribute filters match exactly (names and identifiers ignoring case), {@code cf.search.*} filters
 * match a part of the text. A filter not listed here is answered 422, as the OpenAPI asks.
 */
final class Filters {
    /** A filter: the SPARQL group for one value, its variables prefixed by {@code v} to keep filters apart. */
    interface Filter {
        String sparql(String value, String v, EntityIds ids);
    }

    private static final List<String> LITERATURE = List.of(
            "JournalArticle",
            "Book",
            "BookChapter",
            "ReportDocument",
            "WorkingPaper",
            "ConferencePaper",
            "ProceedingsPaper",
            "NewspaperArticle",
            "Thesis",
            "Preprint",
            "AcademicProceedings");
    // Identifier forms that name the same identifier: an ORCID, ROR or DOI as a URL, and a funder's DOI.
    private static final List<String> URL_FORMS = List.of("https://orcid.org/", "https://ror.org/", "https://doi.org/");
    private static final String FUNDER_DOI = "10.13039/";

    private static final Map<EntityType, Map<String, Filter>> FILTERS = Map.of(
            EntityType.PRODUCT, product(),
            EntityType.PERSON, person(),
            EntityType.ORGANISATION, organisation(),
            EntityType.GRANT, grant(),
            EntityType.VENUE, venue(),
            EntityType.TOPIC, Map.of("cf.search.labels", (x, v, ids) -> contains("?e", "skos:prefLabel", x, v)));

    private Filters() {}

    /** The filters of a type, by key. */
    static Map<String, Filter> of(EntityType type) {
        return FILTERS.get(type);
    }

    private static Map<String, Filter> product() {
        Map<String, Filter> f = new LinkedHashMap<>(identified(""));
        f.put("product_type", (x, v, ids) -> productType(x, v));
        String by = "?e pro:isDocumentContextFor ?%1$sr . ?%1$sr pro:isHeldBy ?%1$sb . ";
        String aff = "?e pro:isDocumentContextFor ?%1$sr . ?%1$sr pro:relatesToOrganization ?%1$so . ";
        f.put("contributions.by.local_identifier", (x, v, ids) -> link("?" + v + "b", x, ids) + by.formatted(v));
        identified("b")
                .forEach((key, filter) ->
                        f.put("contributions.by." + key, (x, v, ids) -> filter.sparql(x, v, ids) + by.formatted(v)));
        f.put(
                "contributions.by.family_name",
                (x, v, ids) -> by.formatted(v) + equal("?" + v + "b", "foaf:familyName", x, v));
        f.put(
                "contributions.by.given_name",
                (x, v, ids) -> by.formatted(v) + equal("?" + v + "b", "foaf:givenName", x, v));
        f.put("contributions.by.name", (x, v, ids) -> by.formatted(v) + equal("?" + v + "b", "foaf:name", x, v));
        f.put(
                "contributions.role",
                (x, v, ids) -> List.of("author", "editor").contains(x)
                        ? "?e pro:isDocumentContextFor ?" + v + "r . ?" + v + "r pro:withRole pro:" + x + " ."
                        : "FILTER(false)");
        f.put("cf.contributions_orcid", (x, v, ids) -> identifierValue("?" + v + "b", x, v + "i") + by.formatted(v));
        f.put(
                "contributions.declared_affiliations.local_identifier",
                (x, v, ids) -> link("?" + v + "o", x, ids) + aff.formatted(v));
        f.put(
                "contributions.declared_affiliations.name",
                (x, v, ids) -> aff.formatted(v) + equal("?" + v + "o", "foaf:name", x, v));
        f.put(
                "contributions.declared_affiliations.identifiers.id",
                (x, v, ids) -> identifierValue("?" + v + "o", x, v + "i") + aff.formatted(v));
        f.put(
                "contributions.declared_affiliations.identifiers.value",
                f.get("contributions.declared_affiliations.identifiers.id"));
        f.put("cf.contributions_aff_ror", f.get("contributions.declared_affiliations.identifiers.id"));
        String grant = "?e frapo:isFundedBy ?%sg . ";
        f.put("funding.local_identifier", (x, v, ids) -> link("?" + v + "g", x, ids) + grant.formatted(v));
        f.put(
                "funding.grant_number",
                (x, v, ids) -> grant.formatted(v) + equal("?" + v + "g", "frapo:hasGrantNumber", x, v));
        f.put("cf.search.title", (x, v, ids) -> contains("?e", "dcterms:title", x, v));
        f.put(
                "cf.search.title_abstract",
                (x, v, ids) -> "{ " + contains("?e", "dcterms:title", x, v) + " } UNION { "
                        + contains("?e", "dcterms:abstract", x, v) + " }");
        f.put("cf.cites", (x, v, ids) -> link("?" + v + "w", x, ids) + "?e cito:cites ?" + v + "w .");
        f.put("cf.cited_by", (x, v, ids) -> link("?" + v + "w", x, ids) + "?" + v + "w cito:cites ?e .");
        f.put(
                "cf.cites_doi",
                (x, v, ids) -> identifierValue("?" + v + "w", x, v + "i") + "?e cito:cites ?" + v + "w .");
        f.put(
                "cf.cited_by_doi",
                (x, v, ids) -> identifierValue("?" + v + "w", x, v + "i") + "?" + v + "w cito:cites ?e .");
        return Map.copyOf(f);
    }

    private static Map<String, Filter> person() {
        Map<String, Filter> f = new LinkedHashMap<>(identified(""));
        for (String[] name : new String[][] {
            {"given_name", "foaf:givenName"}, {"family_name", "foaf:familyName"}, {"name", "foaf:name"}
        }) {
            f.put(name[0], (x, v, ids) -> equal("?e", name[1], x, v));
            f.put("cf.search." + name[0], (x, v, ids) -> contains("?e", name[1], x, v));
        }
        String aff = "?%1$sr pro:isHeldBy ?e ; pro:relatesToOrganization ?%1$so . ";
        f.put(
                "affiliations.affiliation.local_identifier",
                (x, v, ids) -> link("?" + v + "o", x, ids) + aff.formatted(v));
        f.put(
                "affiliations.affiliation.name",
                (x, v, ids) -> aff.formatted(v) + equal("?" + v + "o", "foaf:name", x, v));
        return Map.copyOf(f);
    }

    private static Map<String, Filter> organisation() {
        Map<String, Filter> f = new LinkedHashMap<>(identified(""));
        f.put("name", (x, v, ids) -> equal("?e", "foaf:name", x, v));
        f.put("cf.search.name", (x, v, ids) -> contains("?e", "foaf:name", x, v));
        f.put("types", (x, v, ids) -> x.equals("funder") ? "?e a frapo:FundingAgency ." : "FILTER(false)");
        return Map.copyOf(f);
    }

    private static Map<String, Filter> grant() {
        Map<String, Filter> f = new LinkedHashMap<>(identified(""));
        f.put("grant_number", (x, v, ids) -> equal("?e", "frapo:hasGrantNumber", x, v));
        String agency = "?e frapo:isAwardedBy ?%sa . ";
        f.put("funding_agency.local_identifier", (x, v, ids) -> link("?" + v + "a", x, ids) + agency.formatted(v));
        f.put("funding_agency.name", (x, v, ids) -> agency.formatted(v) + equal("?" + v + "a", "foaf:name", x, v));
        f.put(
                "funding_agency.identifiers.value",
                (x, v, ids) -> identifierValue("?" + v + "a", x, v + "i") + agency.formatted(v));
        f.put("funding_agency.identifiers.id", f.get("funding_agency.identifiers.value"));
        return Map.copyOf(f);
    }

    private static Map<String, Filter> venue() {
        Map<String, Filter> f = new LinkedHashMap<>(identified(""));
        f.put("name", (x, v, ids) -> equal("?e", "dcterms:title", x, v));
        f.put("cf.search.name", (x, v, ids) -> contains("?e", "dcterms:title", x, v));
        f.put("type", (x, v, ids) -> x.equals("journal") ? "?e a fabio:Journal ." : "FILTER(false)");
        return Map.copyOf(f);
    }

    /**
     * {@code identifiers.id} (also spelled {@code identifiers.value}) and {@code identifiers.scheme} of {@code ?e},
     * or of the filter's own variable ending in {@code suffix}.
     */
    private static Map<String, Filter> identified(String suffix) {
        Filter value = (x, v, ids) -> identifierValue(suffix.isEmpty() ? "?e" : "?" + v + suffix, x, v + "i");
        Filter scheme = (x, v, ids) -> (suffix.isEmpty() ? "?e" : "?" + v + suffix) + " datacite:hasIdentifier ?" + v
                + "i . ?" + v + "i datacite:usesIdentifierScheme "
                + (x.matches("[a-z0-9]+") ? "datacite:" + x : "<urn:x-scholarlod:none>") + " .";
        return Map.of("identifiers.id", value, "identifiers.value", value, "identifiers.scheme", scheme);
    }

    private static String identifierValue(String subject, String value, String v) {
        String canonical = value.strip();
        for (String form : URL_FORMS) {
            if (canonical.toLowerCase(Locale.ROOT).startsWith(form)) {
                canonical = canonical.substring(form.length());
            }
        }
        StringBuilder forms =
                new StringBuilder(literal(canonical)).append(' ').append(literal(canonical.toLowerCase(Locale.ROOT)));
        if (canonical.startsWith(FUNDER_DOI)) {
            forms.append(' ').append(literal(canonical.substring(FUNDER_DOI.length())));
        }
        return "VALUES ?" + v + "v { " + forms + " } ?" + v + " literal:hasLiteralValue ?" + v + "v . " + subject
                + " datacite:hasIdentifier ?" + v + " . ";
    }

    private static String productType(String value, String v) {
        String literature = LITERATURE.stream()
                .map(c -> "fabio:" + c)
                .reduce((a, b) -> a + " " + b)
                .orElseThrow();
        return switch (value) {
            case "literature" -> "?e a ?" + v + "c . VALUES ?" + v + "c { " + literature + " }";
            case "research data" -> "?e a fabio:DataFile .";
            case "other" ->
                "?e a fabio:Expression . FILTER NOT EXISTS { ?e a ?" + v + "c . VALUES ?" + v + "c { " + literature
                        + " fabio:DataFile } }";
            default -> "FILTER(false)";
        };
    }

    /** Whether a FaBiO class (its local name) is of literature, as {@code product_type} sorts products. */
    static boolean isLiterature(String fabioClass) {
        return LITERATURE.contains(fabioClass);
    }

    private static String link(String variable, String value, EntityIds ids) {
        Node node = ids.node(value);
        return node == null ? "FILTER(false)" : "VALUES " + variable + " { " + NodeFmtLib.strNT(node) + " } ";
    }

    private static String equal(String subject, String property, String value, String v) {
        return subject + " " + property + " ?" + v + "t . FILTER(LCASE(STR(?" + v + "t)) = LCASE(" + literal(value)
                + "))";
    }

    private static String contains(String subject, String property, String value, String v) {
        return subject + " " + property + " ?" + v + "t . FILTER(CONTAINS(LCASE(STR(?" + v + "t)), LCASE("
                + literal(value) + ")))";
    }

    private static String literal(String value) {
        return NodeFmtLib.strNT(NodeFactory.createLiteralString(value));
    }
}
