package org.scholarlod.source.jats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.Reference;
import org.scholarlod.model.WorkType;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The {@code ref-list}: each {@code ref}'s citation, an {@code element-citation} (fields only), a
 * {@code mixed-citation} or an NLM {@code citation}/{@code nlm-citation} (its text, parsed later, and whatever
 * tags it holds, taken as given).
 */
final class JatsReferences {
    private static final Map<String, WorkType> TYPES = Map.ofEntries(
            Map.entry("journal", WorkType.JOURNAL_ARTICLE),
            Map.entry("book", WorkType.BOOK),
            Map.entry("confproc", WorkType.CONFERENCE_PAPER),
            Map.entry("conf-proc", WorkType.CONFERENCE_PAPER),
            Map.entry("thesis", WorkType.THESIS),
            Map.entry("report", WorkType.REPORT),
            Map.entry("web", WorkType.WEB_PAGE),
            Map.entry("webpage", WorkType.WEB_PAGE),
            Map.entry("preprint", WorkType.PREPRINT),
            Map.entry("data", WorkType.DATASET),
            Map.entry("dataset", WorkType.DATASET),
            Map.entry("software", WorkType.SOFTWARE));
    private static final java.util.Set<String> TITLES =
            java.util.Set.of("article-title", "chapter-title", "part-title", "source", "trans-title", "trans-source");
    private static final List<String> CITATIONS =
            List.of("element-citation", "mixed-citation", "citation", "nlm-citation");

    private final List<String> warnings;

    JatsReferences(List<String> warnings) {
        this.warnings = warnings;
    }

    List<Reference> read(Element back) {
        List<Reference> references = new ArrayList<>();
        for (Element list : Dom.descendants(back, "ref-list")) {
            for (Element ref : Dom.children(list, "ref")) {
                List<Element> printed = Dom.children(ref, "mixed-citation");
                Element structured = printed.size() == 1 ? pairedFields(printed.get(0)) : null;
                if (structured != null) {
                    int number = references.size() + 1;
                    CitedWork work = fields(structured, true, number);
                    String text = JatsPrintedText.citation(printed.get(0));
                    if (text != null || work != null) {
                        references.add(new Reference(number, Dom.attribute(ref, "id"), text, work, null));
                    }
                    continue;
                }
                for (String kind : CITATIONS) {
                    for (Element citation : Dom.children(ref, kind)) {
                        int number = references.size() + 1;
                        String text = kind.equals("element-citation") ? null : JatsPrintedText.citation(citation);
                        CitedWork work = fields(citation, text == null, number);
                        if (text != null || work != null) {
                            references.add(new Reference(number, Dom.attribute(ref, "id"), text, work, null));
                        }
                    }
                }
            }
        }
        return references;
    }

    /**
     * Whether a citation's source is a publisher's title (a book's, a report's): it has a publisher and no article
     * or chapter title, so the source can be no journal.
     */
    static boolean publishedSource(Element c) {
        return Dom.child(c, "article-title") == null
                && Dom.child(c, "chapter-title") == null
                && (Dom.child(c, "publisher-name") != null || Dom.child(c, "publisher-loc") != null);
    }

    /** The tagged fields of a citation; null when it has none. */
    CitedWork fields(Element c, boolean typed, int number) {
        String source = JatsPrintedText.of(Dom.child(c, "source"));
        String articleTitle = JatsPrintedText.of(Dom.child(c, "article-title"));
        String chapterTitle = JatsPrintedText.of(Dom.child(c, "chapter-title"));
        String type = Dom.attribute(c, "publication-type");
        if (type == null) {
            type = Dom.attribute(c, "citation-type");
        }
        WorkType kind = type == null ? WorkType.OTHER : TYPES.getOrDefault(type, WorkType.OTHER);
        if (kind == WorkType.BOOK && chapterTitle != null) {
            kind = WorkType.CHAPTER;
        }
        if (!typed && type == null) {
            kind = WorkType.OTHER;
        }
        boolean inBook = kind == WorkType.CHAPTER || kind == WorkType.CONFERENCE_PAPER;
        CitedWork.Builder work = CitedWork.builder(kind)
                .title(
                        chapterTitle != null
                                ? chapterTitle
                                : articleTitle != null
                                        ? articleTitle
                                        : kind == WorkType.BOOK
                                                        || kind == WorkType.REPORT
                                                        || kind == WorkType.THESIS
                                                        || kind == WorkType.WEB_PAGE
                                                        || kind == WorkType.DATASET
                                                        || kind == WorkType.OTHER && publishedSource(c)
                                                ? source
                                                : null)
                .containerTitle(kind == WorkType.JOURNAL_ARTICLE || inBook || articleTitle != null ? source : null)
                .volume(Dom.text(Dom.child(c, "volume")))
                .issue(issue(c))
                .edition(Dom.text(Dom.child(c, "edition")))
                .publisher(Dom.text(Dom.child(c, "publisher-name")))
                .publisherPlace(Dom.text(Dom.child(c, "publisher-loc")))
                .event(Dom.text(Dom.child(c, "conf-name")))
                .eventPlace(Dom.text(Dom.child(c, "conf-loc")))
                .number(Dom.text(Dom.child(c, "elocation-id")))
                .authors(names(c, "author"))
                .editors(names(c, "editor"));
        if (untypedGroupAfterTitle(c)) {
            warnings.add("reference " + number + ": a person group without a type after the title (the editors?)"
                    + " left out");
        }
        if (authorsAgainAfterTitle(c)) {
            warnings.add("reference " + number + ": a second author group after the title (the editors?) left out");
        }
        String year = Dom.text(Dom.child(c, "year"));
        if (year == null && Dom.child(c, "date") != null) {
            // JATS 1.1 lets a citation wrap its date: <date><year>2003</year></date>, as SciELO's newer files do.
            year = Dom.text(Dom.child(Dom.child(c, "date"), "year"));
        }
        if (year != null && year.matches("\\d{4}[a-z]?")) {
            work.issued(year.substring(0, 4)).yearSuffix(year.length() > 4 ? year.substring(4) : null);
        }
        String first = Dom.text(Dom.child(c, "fpage"));
        String range = Dom.text(Dom.child(c, "page-range"));
        if (first != null) {
            String last = Dom.text(Dom.child(c, "lpage"));
            work.page(new PageRange(first, last == null ? null : PageRange.whole(first, last)));
        } else if (range != null) {
            // <page-range> alone ("765-773", "12-15, 20"): its first stretch, the one a page range can hold.
            work.page(PageRange.parse(range.split("[,;]")[0]));
        }
        for (Element id : Dom.children(c, "pub-id")) {
            if ("doi".equalsIgnoreCase(Dom.attribute(id, "pub-id-type"))) {
                work.doi(checked(IdentifierScheme.DOI, Dom.text(id), number));
            }
        }
        boolean doi = work.build().doi() != null;
        List<Element> links = new ArrayList<>(Dom.children(c, "ext-link"));
        Dom.children(c, "comment").forEach(comment -> links.addAll(Dom.children(comment, "ext-link")));
        for (Element link : links) {
            String href = Dom.href(link);
            if (!doi && "doi".equalsIgnoreCase(Dom.attribute(link, "ext-link-type"))) {
                // JATS's own way, as Pensoft writes it: <ext-link ext-link-type="doi" xlink:href="10.1038/35002501">.
                work.doi(checked(IdentifierScheme.DOI, href != null ? href : Dom.text(link), number));
                doi = work.build().doi() != null;
            } else if (href != null
                    && !doi
                    && href.matches(IdentifierScheme.DOI_RESOLVER + IdentifierScheme.DOI_START + "\\S+")) {
                // A link to the DOI resolver is the DOI, as PLOS writes it: "doi: <ext-link href=...>".
                work.doi(checked(IdentifierScheme.DOI, href, number));
                doi = true;
            } else if (href != null && href.matches("https?://\\S+")) {
                work.url(href);
            }
        }
        Element isbn = Dom.child(c, "isbn");
        if (isbn != null) {
            work.isbn(checked(IdentifierScheme.ISBN, Dom.text(isbn), number));
        }
        CitedWork built = work.build();
        return built.equals(CitedWork.builder(kind).build()) && kind == WorkType.OTHER ? null : built;
    }

    /**
     * The issue; PLOS tags some as an issue's identifier ({@code <issue-id>2</issue-id>}), which is the issue number
     * when it is a short number and says no other scheme (SciELO's carry {@code pub-id-type="doi"}).
     */
    private static String issue(Element c) {
        String issue = Dom.text(Dom.child(c, "issue"));
        Element id = Dom.child(c, "issue-id");
        if (issue == null && id != null && Dom.attribute(id, "pub-id-type") == null) {
            String number = Dom.text(id);
            return number != null && number.matches("\\d[\\w-]{0,9}") ? number : null;
        }
        return issue;
    }

    /**
     * The names of a citation's person groups of {@code role}; a compiler is an editor (SciELO tags ABNT's "In:
     * BRAIT, B. (org.)" and Spanish "(comp.)", the one who gathered the book, so) as a work has no other such role.
     */
    private static List<PersonName> names(Element c, String role) {
        List<PersonName> names = new ArrayList<>();
        List<Element> groups = Dom.children(c, "person-group");
        List<Element> holders = new ArrayList<>();
        for (Element group : groups) {
            String type = Dom.attribute(group, "person-group-type");
            if (role.equals(type) && !authorsAgain(group)
                    || type == null && role.equals("author") && !afterTitle(group)
                    || "compiler".equals(type) && role.equals("editor")) {
                holders.add(group);
            }
        }
        if (groups.isEmpty() && role.equals("author")) {
            holders.add(c);
        }
        for (Element holder : holders) {
            for (Node n = holder.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                String surname = Dom.text(Dom.child(e, "surname"));
                switch (e.getLocalName()) {
                    case "name", "string-name" -> {
                        if (surname != null) {
                            names.add(PersonName.person(
                                    surname, Dom.text(Dom.child(e, "given-names")), Dom.text(Dom.child(e, "suffix"))));
                        }
                    }
                    case "collab" -> {
                        if (Dom.text(e) != null) {
                            names.add(PersonName.organisation(Dom.text(e)));
                        }
                    }
                    default -> {}
                }
            }
        }
        return names;
    }

    /**
     * The {@code element-citation} that gives a {@code mixed-citation}'s work as fields, where its {@code ref} holds
     * one of each (SciELO prints each work and tags it beside: one reference, not two); null otherwise.
     */
    static Element pairedFields(Element printed) {
        if (printed.getParentNode() instanceof Element ref
                && ref.getLocalName().equals("ref")
                && Dom.children(ref, "mixed-citation").size() == 1) {
            List<Element> structured = Dom.children(ref, "element-citation");
            return structured.size() == 1 ? structured.get(0) : null;
        }
        return null;
    }

    /**
     * Whether a person group without a type follows a title: old SciELO element citations name a book's editors so,
     * after the chapter title, and they are not its authors; being unsure what they are, the reader leaves them out.
     */
    static boolean untypedGroupAfterTitle(Element c) {
        for (Element group : Dom.children(c, "person-group")) {
            if (Dom.attribute(group, "person-group-type") == null && afterTitle(group)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a second group of authors follows the title (see {@link #authorsAgain}). */
    static boolean authorsAgainAfterTitle(Element c) {
        return Dom.children(c, "person-group").stream().anyMatch(JatsReferences::authorsAgain);
    }

    /**
     * Whether a group is a second group of authors after the title: SciELO tags the book's people of "… Stature,
     * recumbent length, and weight. In: Lohman TG, Roche AF, Martorell R. Anthropometric …" so, and they are not
     * the chapter's authors.
     */
    private static boolean authorsAgain(Element group) {
        if (!"author".equals(Dom.attribute(group, "person-group-type")) || !afterTitle(group)) {
            return false;
        }
        for (Node n = group.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element e
                    && e.getLocalName().equals("person-group")
                    && "author".equals(Dom.attribute(e, "person-group-type"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterTitle(Element group) {
        for (Node n = group.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element e && TITLES.contains(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private String checked(IdentifierScheme scheme, String raw, int number) {
        if (raw == null) {
            return null;
        }
        try {
            return scheme.normalise("reference " + number + " " + scheme.datacite, raw);
        } catch (IllegalArgumentException e) {
            warnings.add(e.getMessage() + ": left out");
            return null;
        }
    }
}
