package org.scholarlod.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A scholarly article with everything ScholarLOD publishes about it; every part but the lists may be
 * unknown (null), since sources are often partial.
 */
public record Article(
        String doi,
        String title,
        String subtitle,
        String abstractText,
        List<String> keywords,
        Journal journal,
        String volume,
        String issue,
        PageRange pages,
        String issued,
        String publishedPrint,
        String publishedOnline,
        String articleNumber,
        List<Author> authors,
        List<Author> editors,
        List<Affiliation> affiliations,
        String acknowledgement,
        List<Funding> fundings,
        List<Reference> references,
        Copyright copyright,
        List<License> licenses,
        String publisher,
        List<String> subjects,
        String event,
        List<SourceDocument> sources,
        List<Identifier> identifiers,
        WorkType type,
        Book book,
        List<WorkUpdate> updates,
        List<WorkUpdate> updatedBy) {

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public Article {
        doi = Checks.optionalIdentifier("doi", doi, IdentifierScheme.DOI);
        title = Checks.optionalText("title", title);
        subtitle = Checks.optionalText("subtitle", subtitle);
        abstractText = Checks.optionalText("abstract", abstractText);
        keywords = Checks.list("keywords", keywords);
        keywords.forEach(k -> Checks.requiredText("keyword", k));
        volume = Checks.optionalText("volume", volume);
        issue = Checks.optionalText("issue", issue);
        issued = Checks.optionalMatch("issued", issued, DATE, "a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        publishedPrint =
                Checks.optionalMatch("published-print", publishedPrint, DATE, "a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        publishedOnline =
                Checks.optionalMatch("published-online", publishedOnline, DATE, "a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        articleNumber = Checks.optionalText("article-number", articleNumber);
        authors = Checks.list("authors", authors);
        editors = Checks.list("editors", editors);
        affiliations = Checks.list("affiliations", affiliations);
        acknowledgement = Checks.optionalText("acknowledgement", acknowledgement);
        fundings = Checks.list("fundings", fundings);
        references = Checks.list("references", references);
        licenses = Checks.list("licenses", licenses);
        publisher = Checks.optionalText("publisher", publisher);
        subjects = Checks.list("subjects", subjects);
        subjects.forEach(k -> Checks.requiredText("subject", k));
        event = Checks.optionalText("event", event);
        sources = Checks.list("sources", sources);
        identifiers = Checks.list("identifiers", identifiers);
        type = type == null ? WorkType.JOURNAL_ARTICLE : type;
        updates = Checks.list("update-to", updates);
        updatedBy = Checks.list("updated-by", updatedBy);
        if (book != null && type != WorkType.CHAPTER && type != WorkType.CONFERENCE_PAPER) {
            throw new IllegalArgumentException("book '" + book.title() + "' is given for a " + type.csl()
                    + "; only a chapter or a proceedings paper is part of a book");
        }
        for (Author author : authors) {
            for (int number : author.affiliations()) {
                if (affiliations.stream().noneMatch(a -> a.number() == number) && !affiliations.isEmpty()) {
                    throw new IllegalArgumentException("author " + author.name() + " holds affiliation " + number
                            + ", but the article lists only " + affiliations.size());
                }
            }
        }
    }

    /** The licence of the version of record (or of unspecified version), when one is given. */
    public String license() {
        return licenses.stream()
                .filter(License::ofVersionOfRecord)
                .map(License::url)
                .findFirst()
                .orElse(null);
    }

    /** The year of publication, when known. */
    public String year() {
        return issued == null ? null : issued.substring(0, 4);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parts of an article as a reader finds them. */
    public static final class Builder {
        private String doi;
        private String title;
        private String subtitle;
        private String abstractText;
        private List<String> keywords = List.of();
        private Journal journal;
        private String volume;
        private String issue;
        private PageRange pages;
        private String issued;
        private String publishedPrint;
        private String publishedOnline;
        private String articleNumber;
        private List<Author> authors = List.of();
        private List<Author> editors = List.of();
        private List<Affiliation> affiliations = List.of();
        private String acknowledgement;
        private List<Funding> fundings = List.of();
        private List<Reference> references = List.of();
        private Copyright copyright;
        private List<License> licenses = List.of();
        private String publisher;
        private List<String> subjects = List.of();
        private String event;
        private List<SourceDocument> sources = List.of();
        private List<Identifier> identifiers = List.of();
        private WorkType type = WorkType.JOURNAL_ARTICLE;
        private Book book;
        private List<WorkUpdate> updates = List.of();
        private List<WorkUpdate> updatedBy = List.of();

        private Builder() {}

        private Builder(Article a) {
            doi = a.doi;
            title = a.title;
            subtitle = a.subtitle;
            abstractText = a.abstractText;
            keywords = a.keywords;
            journal = a.journal;
            volume = a.volume;
            issue = a.issue;
            pages = a.pages;
            issued = a.issued;
            publishedPrint = a.publishedPrint;
            publishedOnline = a.publishedOnline;
            articleNumber = a.articleNumber;
            authors = a.authors;
            editors = a.editors;
            affiliations = a.affiliations;
            acknowledgement = a.acknowledgement;
            fundings = a.fundings;
            references = a.references;
            copyright = a.copyright;
            licenses = a.licenses;
            publisher = a.publisher;
            subjects = a.subjects;
            event = a.event;
            sources = a.sources;
            identifiers = a.identifiers;
            type = a.type;
            book = a.book;
            updates = a.updates;
            updatedBy = a.updatedBy;
        }

        public Builder doi(String v) {
            doi = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder subtitle(String v) {
            subtitle = v;
            return this;
        }

        public Builder abstractText(String v) {
            abstractText = v;
            return this;
        }

        public Builder keywords(List<String> v) {
            keywords = v;
            return this;
        }

        public Builder journal(Journal v) {
            journal = v;
            return this;
        }

        public Builder volume(String v) {
            volume = v;
            return this;
        }

        public Builder issue(String v) {
            issue = v;
            return this;
        }

        public Builder pages(PageRange v) {
            pages = v;
            return this;
        }

        public Builder issued(String v) {
            issued = v;
            return this;
        }

        public Builder publishedPrint(String v) {
            publishedPrint = v;
            return this;
        }

        public Builder publishedOnline(String v) {
            publishedOnline = v;
            return this;
        }
        /** An electronic article's number in its volume, which stands in for pages ("e1006657"). */
        public Builder articleNumber(String v) {
            articleNumber = v;
            return this;
        }

        public Builder authors(List<Author> v) {
            authors = v;
            return this;
        }
        /** Editors of the work itself (a book's or a proceedings volume's), not of a chapter's book. */
        public Builder editors(List<Author> v) {
            editors = v;
            return this;
        }

        public Builder affiliations(List<Affiliation> v) {
            affiliations = v;
            return this;
        }

        public Builder acknowledgement(String v) {
            acknowledgement = v;
            return this;
        }

        public Builder fundings(List<Funding> v) {
            fundings = v;
            return this;
        }

        public Builder references(List<Reference> v) {
            references = v;
            return this;
        }

        public Builder copyright(Copyright v) {
            copyright = v;
            return this;
        }
        /** A single licence of unstated version, as a page or a record gives it. */
        public Builder license(String v) {
            licenses = v == null ? List.of() : List.of(License.of(v));
            return this;
        }

        public Builder licenses(List<License> v) {
            licenses = v;
            return this;
        }

        public Builder publisher(String v) {
            publisher = v;
            return this;
        }
        /** Subject categories of the journal or the work (Crossref's, from a controlled list), not keywords. */
        public Builder subjects(List<String> v) {
            subjects = v;
            return this;
        }
        /** The conference or meeting a proceedings paper was given at. */
        public Builder event(String v) {
            event = v;
            return this;
        }

        public Builder sources(List<SourceDocument> v) {
            sources = v;
            return this;
        }
        /** Identifiers other than the DOI: PubMed, arXiv, Wikidata. */
        public Builder identifiers(List<Identifier> v) {
            identifiers = v;
            return this;
        }
        /** A journal article (the default) or a book chapter. */
        public Builder type(WorkType v) {
            type = v;
            return this;
        }
        /** The book a chapter is part of. */
        public Builder book(Book v) {
            book = v;
            return this;
        }

        /** The works this one, a notice, updates: retracts, corrects, expresses concern about. */
        public Builder updates(List<WorkUpdate> v) {
            updates = v;
            return this;
        }
        /** The notices that update this work, as its source lists them. */
        public Builder updatedBy(List<WorkUpdate> v) {
            updatedBy = v;
            return this;
        }

        public Article build() {
            return new Article(
                    doi,
                    title,
                    subtitle,
                    abstractText,
                    keywords,
                    journal,
                    volume,
                    issue,
                    pages,
                    issued,
                    publishedPrint,
                    publishedOnline,
                    articleNumber,
                    authors,
                    editors,
                    affiliations,
                    acknowledgement,
                    fundings,
                    references,
                    copyright,
                    licenses,
                    publisher,
                    subjects,
                    event,
                    sources,
                    identifiers,
                    type,
                    book,
                    updates,
                    updatedBy);
        }
    }
}
