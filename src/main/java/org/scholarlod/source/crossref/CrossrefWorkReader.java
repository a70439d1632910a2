package org.scholarlod.source.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholarlod.model.Article;
import org.scholarlod.model.Author;
import org.scholarlod.model.Book;
import org.scholarlod.model.Funding;
import org.scholarlod.model.Identifier;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.Journal;
import org.scholarlod.model.License;
import org.scholarlod.model.MarkupText;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.SourceDocument;
import org.scholarlod.model.WorkType;
import org.scholarlod.source.InputException;
import org.scholarlod.source.Reading;

/** Reads one Crossref work (the JSON object the REST API calls a {@code work}) into an article. */
public final class CrossrefWorkReader {
    /** The kind of input, as recorded in provenance. */

    /**
     * Reads {@code work}; {@code source} names it in errors and warnings (the file and the record's place in it).
     * A work without a DOI, of a type that is not a work, or breaking the model's rules is refused.
     */
    public Reading read(String source, JsonNode work, SourceDocument document) {
        if (!work.isObject()) {
            throw new InputException(
                    source,
                    null,
                    "not a Crossref work: a JSON " + work.getNodeType().name().toLowerCase() + ", not an object");
        }
        if (CrossrefJson.text(work, "DOI") == null) {
            throw new InputException(source, null, "not a Crossref work: it has no DOI");
        }
        List<String> warnings = new ArrayList<>();
        try {
            Article article = article(work, warnings).sources(List.of(document)).build();
            List<String> named = warnings.stream().map(w -> source + ": " + w).toList();
            return new Reading(article, named);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, "DOI " + CrossrefJson.text(work, "DOI"), e.getMessage(), e);
        }
    }

    private static Article.Builder article(JsonNode work, List<String> warnings) {
        WorkType type = CrossrefTypes.of(CrossrefJson.text(work, "type"), CrossrefJson.text(work, "subtype"));
        CrossrefContributors contributors = new CrossrefContributors(warnings);
        List<Author> authors = contributors.read(work, "author");
        List<Author> editors = contributors.read(work, "editor");
        String issued = CrossrefDates.date(work, "issued");
        Article.Builder article = Article.builder()
                .type(type)
                .doi(CrossrefJson.text(work, "DOI"))
                .title(CrossrefJson.text(work, "title"))
                .subtitle(CrossrefJson.text(work, "subtitle"))
                .abstractText(MarkupText.paragraphs(
                        work.path("abstract").isTextual()
                                ? work.path("abstract").asText()
                                : null))
                .issued(issued != null ? issued : CrossrefDates.date(work, "published"))
                .publishedPrint(CrossrefDates.date(work, "published-print"))
                .publishedOnline(CrossrefDates.date(work, "published-online"))
                .volume(CrossrefJson.text(work, "volume"))
                .issue(CrossrefJson.text(work, "issue"))
                .pages(pages(CrossrefJson.text(work, "page")))
                .articleNumber(CrossrefJson.text(work, "article-number"))
                .publisher(CrossrefJson.text(work, "publisher"))
                .subjects(
                        CrossrefJson.texts(work, "subject").stream().distinct().toList())
                .licenses(licenses(work, warnings))
                .fundings(fundings(work, warnings))
                .references(new CrossrefReferences(warnings).read(work))
                .updates(new CrossrefUpdates(warnings).read(work, "update-to"))
                .updatedBy(new CrossrefUpdates(warnings).read(work, "updated-by"))
                .event(CrossrefJson.text(work.path("event"), "name"));
        String container = CrossrefJson.text(work, "container-title");
        switch (type) {
            case JOURNAL_ARTICLE -> {
                if (container != null) {
                    article.journal(journal(work, container));
                }
                article.authors(authors);
            }
            case CHAPTER, CONFERENCE_PAPER -> {
                if (container != null) {
                    article.book(new Book(container, names(editors), null, null, isbns(work), null));
                } else if (!editors.isEmpty()) {
                    warnings.add("editors are given but not the title of the book they edited: editors left out");
                }
                article.authors(authors);
            }
            case BOOK -> {
                article.authors(authors).editors(editors);
                article.identifiers(isbns(work).stream()
                        .map(isbn -> new Identifier(IdentifierScheme.ISBN, isbn))
                        .toList());
            }
            default -> {
                article.authors(authors).editors(editors);
                if (container != null) {
                    warnings.add("container-title '" + container + "' of a " + type.csl() + " left out: ScholarLOD"
                            + " places only articles in journals and chapters and papers in books");
                }
            }
        }
        article.affiliations(contributors.affiliations());
        return article;
    }

    private static Journal journal(JsonNode work, String title) {
        List<String> issns = new ArrayList<>(CrossrefJson.texts(work, "ISSN"));
        Map<String, String> typed = new HashMap<>();
        for (JsonNode entry : work.path("issn-type")) {
            String value = CrossrefJson.text(entry, "value");
            String kind = CrossrefJson.text(entry, "type");
            if (value != null && kind != null) {
                typed.putIfAbsent(kind, IdentifierScheme.ISSN.normalise("issn-type.value", value));
                if (!issns.contains(value)) {
                    issns.add(value);
                }
            }
        }
        return new Journal(
                title,
                CrossrefJson.text(work, "short-container-title"),
                issns,
                typed.get("print"),
                typed.get("electronic"));
    }

    private static List<String> isbns(JsonNode work) {
        List<String> isbns = new ArrayList<>(CrossrefJson.texts(work, "ISBN"));
        work.path("isbn-type").forEach(entry -> {
            String value = CrossrefJson.text(entry, "value");
            if (value != null) {
                isbns.add(value);
            }
        });
        return isbns.stream()
                .map(isbn -> IdentifierScheme.ISBN.normalise("ISBN", isbn))
                .distinct()
                .toList();
    }

    private static List<PersonName> names(List<Author> editors) {
        return editors.stream()
                .map(e -> e.collective()
                        ? PersonName.organisation(e.familyName())
                        : PersonName.person(e.familyName(), e.givenName(), e.suffix()))
                .toList();
    }

    private static PageRange pages(String page) {
        return page == null ? null : PageRange.parse(page);
    }

    private static List<License> licenses(JsonNode work, List<String> warnings) {
        List<License> licenses = new ArrayList<>();
        for (JsonNode entry : work.path("license")) {
            String url = CrossrefJson.text(entry, "URL");
            if (url == null) {
                continue;
            }
            try {
                licenses.add(new License(
                        url, CrossrefJson.text(entry, "content-version"), CrossrefDates.date(entry, "start")));
            } catch (IllegalArgumentException e) {
                warnings.add(e.getMessage() + ": licence left out");
            }
        }
        return licenses;
    }

    /** One funding per award of each funder (one without a grant number when it lists none). */
    private static List<Funding> fundings(JsonNode work, List<String> warnings) {
        List<Funding> fundings = new ArrayList<>();
        for (JsonNode funder : work.path("funder")) {
            String name = CrossrefJson.text(funder, "name");
            if (name == null) {
                warnings.add("a funder without a name left out");
                continue;
            }
            List<Identifier> ids = new ArrayList<>();
            String doi = CrossrefJson.text(funder, "DOI");
            if (doi != null) {
                try {
                    ids.add(Identifier.of(IdentifierScheme.CROSSREF_FUNDER, "funder.DOI", doi));
                } catch (IllegalArgumentException e) {
                    warnings.add("funder '" + name + "': " + e.getMessage() + " (not a Funder Registry DOI): left out");
                }
            }
            List<String> awards =
                    CrossrefJson.texts(funder, "award").stream().distinct().toList();
            if (awards.isEmpty()) {
                fundings.add(new Funding(null, name, null, null, 0, ids));
            }
            awards.forEach(award -> fundings.add(new Funding(null, name, award, null, 0, ids)));
        }
        return fundings;
    }
}
