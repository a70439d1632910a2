package org.scholarlod.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier schemes ScholarLOD records, each with how a value is normalised and checked, its DataCite
 * scheme name, and the canonical URI a value resolves to.
 */
public enum IdentifierScheme {
    DOI(
            "doi",
            "https://doi.org/",
            true,
            "(?i)^(?:" + IdentifierScheme.DOI_RESOLVER + "|doi:\\s*)",
            IdentifierScheme.DOI_START + "\\S+",
            "a DOI (10.NNNN/…)"),
    ORCID(
            "orcid",
            "https://orcid.org/",
            true,
            "(?i)^https?://(?:www\\.)?orcid\\.org/",
            "\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]",
            "an ORCID iD (NNNN-NNNN-NNNN-NNNC)"),
    ROR(
            "ror",
            "https://ror.org/",
            true,
            "(?i)^https?://(?:www\\.)?ror\\.org/",
            "0[0-9a-hjkmnp-tv-z]{6}\\d{2}",
            "a ROR ID (0 + 6 characters + 2 check digits)"),
    ISSN(
            "issn",
            "https://portal.issn.org/resource/ISSN/",
            false,
            "(?i)^(?:https?://id\\.crossref\\.org/issn/|issn:?\\s*)",
            "\\d{4}-\\d{3}[\\dX]",
            "an ISSN (NNNN-NNNC)"),
    ISBN(
            "isbn",
            "https://openlibrary.org/isbn/",
            false,
            "(?i)^(?:https?://id\\.crossref\\.org/isbn/|isbn(?:-1[03])?:?\\s*)",
            "\\d{9}[\\dX]|\\d{13}",
            "an ISBN (10 or 13 digits)"),
    PMID(
            "pmid",
            "https://pubmed.ncbi.nlm.nih.gov/",
            false,
            "(?i)^(?:pmid:\\s*|https?://pubmed\\.ncbi\\.nlm\\.nih\\.gov/)",
            "[1-9]\\d{0,9}",
            "a PubMed ID (digits)"),
    ARXIV(
            "arxiv",
            "https://arxiv.org/abs/",
            false,
            "(?i)^(?:arxiv:\\s*|https?://arxiv\\.org/abs/)",
            "\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?",
            "an arXiv ID (YYMM.NNNNN)"),
    WIKIDATA(
            "wikidata",
            "http://www.wikidata.org/entity/",
            true,
            "(?i)^(?:https?://(?:www\\.)?wikidata\\.org/(?:entity|wiki)/|wd:)",
            "Q[1-9]\\d*",
            "a Wikidata item (Q…)"),
    /** Crossref's Funder Registry ID: the suffix of a funder DOI under 10.13039. */
    CROSSREF_FUNDER(
            "fundref",
            "https://doi.org/10.13039/",
            true,
            "(?i)^(?:" + IdentifierScheme.DOI_RESOLVER + ")?(?:10\\.13039/)",
            "\\d{9,12}",
            "a Crossref Funder ID (digits)");

    /**
     * How every DOI starts, as a regular expression: the directory indicator 10, a registrant code of 4 to 9
     * digits (Crossref's recommended pattern), and the slash. Where a DOI ends depends on what surrounds it, so
     * each reader of running text adds the suffix its text allows.
     */
    public static final String DOI_START = "10\\.\\d{4,9}/";
    /** A DOI resolver's URL before a DOI, as a regular expression: doi.org or dx.doi.org, over http or https. */
    public static final String DOI_RESOLVER = "https?://(?:dx\\.)?doi\\.org/";

    /** The local name of the scheme in the DataCite ontology, as OCDM uses it. */
    public final String datacite;

    private final String uriPrefix;
    /** Whether the canonical URI names the same thing ({@code owl:sameAs}) rather than a page about it. */
    public final boolean sameThing;

    private final Pattern prefix;
    private final Pattern shape;
    private final String expected;

    IdentifierScheme(
            String datacite, String uriPrefix, boolean sameThing, String prefix, String shape, String expected) {
        this.datacite = datacite;
        this.uriPrefix = uriPrefix;
        this.sameThing = sameThing;
        this.prefix = Pattern.compile(prefix);
        this.shape = Pattern.compile(shape);
        this.expected = expected;
    }

    /** The canonical URI of a normalised value. */
    public String uri(String value) {
        return uriPrefix + value;
    }

    /**
     * The normalised value: URL and scheme prefixes removed, DOIs in lower case, ISBN without hyphens, X upper
     * case; a value of the wrong shape or with a wrong check digit is refused naming {@code field}.
     */
    public String normalise(String field, String raw) {
        String value = prefix.matcher(raw.strip()).replaceFirst("").strip();
        value = switch (this) {
            case DOI -> value.toLowerCase(Locale.ROOT);
            case ROR -> value.toLowerCase(Locale.ROOT);
            case ISBN -> value.replaceAll("[- ]", "").toUpperCase(Locale.ROOT);
            case ORCID, ISSN -> value.toUpperCase(Locale.ROOT);
            case WIKIDATA -> value.toUpperCase(Locale.ROOT);
            default -> value;
        };
        Matcher m = shape.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(field + " '" + raw.strip() + "' is not " + expected);
        }
        String problem = CheckDigits.problem(this, value);
        if (problem != null) {
            throw new IllegalArgumentException(field + " '" + raw.strip() + "': " + problem);
        }
        return value;
    }
}
