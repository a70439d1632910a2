package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.PersonName;

/**
 * Puts an annotation and a parse in one comparable form per field: name lists as their sorted name words
 * (annotations mark a whole author list as one span, parses give structured names), dates as the year, pages
 * as "first-last", the rest as text.
 */
public final class ComparableFields {
    /** The fields the corpus annotates. */
    public static final List<String> FIELDS = List.of(
            "author",
            "editor",
            "title",
            "container-title",
            "collection-title",
            "issued",
            "volume",
            "issue",
            "page",
            "publisher",
            "publisher-place",
            "DOI",
            "URL");

    /** Joins the names of a list compared name by name; each name is "family|initials". */
    static final String NAME_SEPARATOR = " ; ";

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)*");
    private static final Pattern NOT_NAMES = Pattern.compile("(?i)and|et|al|eds?|jr|sr|editors?|ii|iii");
    private static final Pattern YEAR = Pattern.compile("(1[5-9]\\d{2}|20\\d{2})");
    private static final Pattern DOI = Pattern.compile(IdentifierScheme.DOI_START + "\\S+");
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("[A-Za-z]?\\d+");
    private static final Pattern PAGES =
            Pattern.compile("([A-Za-z]?\\d+[A-Za-z]?)(?:\\s*[-–—‐]+\\s*([A-Za-z]?\\d+[A-Za-z]?))?");

    private ComparableFields() {}

    public static Map<String, String> ofAnnotation(Map<String, String> annotated) {
        Map<String, String> fields = new LinkedHashMap<>();
        annotated.forEach((field, value) -> put(
                fields,
                field,
                switch (field) {
                    case "author", "editor" -> nameWords(value);
                    case "issued" -> year(value);
                    case "page" -> pages(value);
                    case "title", "container-title", "collection-title" -> trimPunctuation(value);
                    case "DOI" -> doi(value);
                    case "URL" -> url(value);
                    default -> value.strip();
                }));
        return fields;
    }

    public static Map<String, String> ofWork(CitedWork work) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (work == null) {
            return fields;
        }
        put(fields, "author", nameWords(display(work.authors())));
        put(fields, "editor", nameWords(display(work.editors())));
        put(fields, "title", work.title() == null ? null : trimPunctuation(work.title()));
        put(fields, "container-title", work.containerTitle() == null ? null : trimPunctuation(work.containerTitle()));
        put(
                fields,
                "collection-title",
                work.collectionTitle() == null ? null : trimPunctuation(work.collectionTitle()));
        put(fields, "issued", work.issued() == null ? null : work.issued().substring(0, 4));
        put(fields, "volume", work.volume());
        put(fields, "issue", work.issue());
        put(fields, "page", work.page() == null ? null : pages(work.page().toString()));
        put(fields, "publisher", work.publisher());
        put(fields, "publisher-place", work.publisherPlace());
        put(fields, "DOI", work.doi() == null ? null : doi(work.doi()));
        put(fields, "URL", work.url() == null ? null : url(work.url()));
        return fields;
    }

    /**
     * A known reference's fields as a parse of its rendering is compared with: names one by one, the type
     * scored, the rest as {@link #ofAnnotation} reads them.
     */
    static Map<String, String> ofKnown(KnownReference known) {
        Map<String, String> fields = ofAnnotation(known.fields());
        put(fields, "author", byName(known.authors()));
        put(fields, "editor", byName(known.editors()));
        put(fields, "type", known.type());
        return fields;
    }

    /** A parse's fields for comparison with {@link #ofKnown}: names one by one, and the type. */
    static Map<String, String> ofWorkByName(CitedWork work) {
        Map<String, String> fields = ofWork(work);
        if (work != null) {
            put(fields, "author", byName(work.authors()));
            put(fields, "editor", byName(work.editors()));
            if (work.page() == null
                    && work.number() != null
                    && ARTICLE_NUMBER.matcher(work.number()).matches()) {
                // An article number is JATS's elocation-id for one publisher and fpage for another, and CSL's
                // number or page: compared as the page it stands in for, on both sides.
                put(fields, "page", work.number());
            } else {
                put(fields, "number", work.number());
            }
            put(fields, "type", work.type().csl());
        }
        return fields;
    }

    /**
     * The fields a record that names only the first author and the first page is compared on: the title, the
     * container's title, the volume, the first page and the first author's family name.
     */
    static Map<String, String> ofWorkByFirsts(CitedWork work) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (work == null) {
            return fields;
        }
        put(fields, "title", work.title() == null ? null : trimPunctuation(work.title()));
        put(fields, "container-title", work.containerTitle() == null ? null : trimPunctuation(work.containerTitle()));
        put(fields, "volume", work.volume());
        put(fields, "first-page", work.page() == null ? null : work.page().first());
        put(
                fields,
                "first-author",
                work.authors().isEmpty() ? null : work.authors().get(0).family());
        return fields;
    }

    /** "Smith|JP ; Doe|J": family names as written (case aside), given names as their initials. */
    static String byName(List<PersonName> names) {
        List<String> units = new ArrayList<>();
        for (PersonName name : names) {
            if (name.isOrganisation()) {
                units.add(name.literal().toLowerCase(Locale.ROOT) + "|");
            } else {
                StringBuilder initials = new StringBuilder();
                if (name.given() != null) {
                    for (String word : name.given().split("[\\s.\\-‐]+")) {
                        // "SM" in "Shieber SM" is two initials.
                        boolean letters = word.length() <= 3 && word.equals(word.toUpperCase(Locale.ROOT));
                        initials.append(
                                letters
                                        ? word
                                        : word.isEmpty()
                                                ? ""
                                                : word.substring(0, 1).toUpperCase(Locale.ROOT));
                    }
                }
                units.add(name.family().toLowerCase(Locale.ROOT) + "|" + initials);
            }
        }
        return String.join(NAME_SEPARATOR, units);
    }

    private static String display(List<PersonName> names) {
        List<String> parts = new ArrayList<>();
        names.forEach(n -> parts.add(n.display()));
        return String.join(", ", parts);
    }

    private static String nameWords(String names) {
        List<String> words = new ArrayList<>();
        Matcher m = NAME_WORD.matcher(names);
        while (m.find()) {
            if (!NOT_NAMES.matcher(m.group()).matches()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        Collections.sort(words);
        return String.join(" ", words);
    }

    private static String year(String date) {
        Matcher m = YEAR.matcher(date);
        return m.find() ? m.group(1) : date.strip();
    }

    private static String pages(String pages) {
        Matcher m = PAGES.matcher(pages);
        if (!m.find()) {
            return pages.strip();
        }
        String last = m.group(2) == null ? null : PageRange.whole(m.group(1), m.group(2));
        // "2849-2849", as tags give a one-page article's first and last page, is page 2849.
        return last == null || last.equals(m.group(1)) ? m.group(1) : m.group(1) + "-" + last;
    }

    /** "doi :10. 1103/X.Y." → "10.1103/x.y": annotations keep prefixes and the spaces of PDF extraction. */
    private static String doi(String value) {
        String compact = value.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        Matcher m = DOI.matcher(compact);
        return m.find() ? m.group().replaceAll("[.,;]+$", "").replaceAll("\\.?url$", "") : compact;
    }

    private static String url(String value) {
        return value.replaceAll("\\s+", "").replaceAll("[.,;]+$", "");
    }

    private static String trimPunctuation(String text) {
        return text.strip().replaceAll("^[\\s\"“”'‘’«»]+|[\\s,.;:\"“”'‘’«»]+$", "");
    }

    private static void put(Map<String, String> fields, String field, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(field, value);
        }
    }
}
