package org.scholarlod.cite;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PersonName;

/** Writes cited works as BibTeX entries, with unique keys such as {@code gereffi2005} and {@code gereffi2005b}. */
public final class BibTex {
    private final Set<String> keys = new HashSet<>();

    /** One entry; keys stay unique across the entries this writer has written. */
    public String entry(CitedWork work) {
        StringBuilder out = new StringBuilder("@")
                .append(type(work))
                .append('{')
                .append(key(work))
                .append(",\n");
        field(out, "author", names(work.authors()));
        field(out, "editor", names(work.editors()));
        field(out, "title", work.title());
        switch (work.type()) {
            case JOURNAL_ARTICLE -> field(out, "journal", work.containerTitle());
            case CHAPTER, CONFERENCE_PAPER -> field(out, "booktitle", work.containerTitle());
            case NEWSPAPER_ARTICLE -> field(out, "journal", work.containerTitle());
            default -> field(out, "howpublished", work.containerTitle());
        }
        field(out, "series", work.collectionTitle());
        field(out, "year", work.issued() == null ? null : work.issued().substring(0, 4));
        field(out, "volume", work.volume());
        field(out, "number", work.issue() != null ? work.issue() : work.number());
        field(
                out,
                "pages",
                work.page() == null
                        ? null
                        : work.page().last() == null
                                ? work.page().first()
                                : work.page().first() + "--" + work.page().last());
        field(out, "edition", work.edition());
        field(
                out,
                switch (work.type()) {
                    case REPORT, WORKING_PAPER -> "institution";
                    default -> "publisher";
                },
                work.publisher());
        field(out, "address", work.publisherPlace());
        field(
                out,
                "note",
                work.event() == null
                        ? work.genre()
                        : "Presented at " + work.event() + (work.eventPlace() == null ? "" : ", " + work.eventPlace()));
        field(out, "doi", work.doi());
        field(out, "url", work.url());
        field(out, "urldate", work.accessed());
        return out.append("}\n").toString();
    }

    private static String type(CitedWork work) {
        return switch (work.type()) {
            case JOURNAL_ARTICLE, NEWSPAPER_ARTICLE -> "article";
            case BOOK -> "book";
            case CHAPTER -> "incollection";
            case REPORT, WORKING_PAPER -> "techreport";
            case CONFERENCE_PAPER -> "inproceedings";
            case THESIS -> "phdthesis";
            default -> "misc";
        };
    }

    private String key(CitedWork work) {
        List<PersonName> names = work.authors().isEmpty() ? work.editors() : work.authors();
        String name = names.isEmpty()
                ? (work.title() == null ? "anonymous" : work.title())
                : names.get(0).isOrganisation()
                        ? names.get(0).literal()
                        : names.get(0).family();
        String base = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        base = (base.length() > 20 ? base.substring(0, 20) : base)
                + (work.issued() == null ? "" : work.issued().substring(0, 4));
        String key = base;
        for (char suffix = 'b'; !keys.add(key); suffix++) {
            key = base + suffix;
        }
        return key;
    }

    /** BibTeX's "von Last, Jr, First" form when there is a suffix, "Last, First" otherwise. */
    private static String names(List<PersonName> names) {
        if (names.isEmpty()) {
            return null;
        }
        return names.stream()
                .map(n -> n.isOrganisation()
                        ? "{" + n.literal() + "}"
                        : n.family()
                                + (n.suffix() == null ? "" : ", " + n.suffix())
                                + (n.given() == null ? "" : ", " + n.given()))
                .collect(Collectors.joining(" and "));
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append("  ").append(name).append(" = {").append(escape(value)).append("},\n");
        }
    }

    /** Braces must balance inside a field, and LaTeX's special characters must not act. */
    private static String escape(String value) {
        return value.replace("\\", "\\textbackslash{}")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("&", "\\&")
                .replace("%", "\\%")
                .replace("$", "\\$")
                .replace("#", "\\#")
                .replace("_", "\\_")
                .replace("\\textbackslash\\{\\}", "\\textbackslash{}");
    }
}
