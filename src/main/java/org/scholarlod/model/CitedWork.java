package org.scholarlod.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a reference string says about the work it cites, field by field as in CSL-JSON, with the parser's
 * confidence (0 to 1) so that doubtful parses can be found and reviewed.
 */
public record CitedWork(
        WorkType type,
        List<PersonName> authors,
        List<PersonName> editors,
        String issued,
        String yearSuffix,
        String title,
        String containerTitle,
        String collectionTitle,
        String number,
        String volume,
        String issue,
        PageRange page,
        String edition,
        String publisher,
        String publisherPlace,
        String event,
        String eventPlace,
        String genre,
        String url,
        String doi,
        String isbn,
        String issn,
        String accessed,
        double confidence) {

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public CitedWork {
        if (type == null) {
            throw new IllegalArgumentException("work.type is required");
        }
        authors = Checks.list("work.authors", authors);
        editors = Checks.list("work.editors", editors);
        issued = Checks.optionalMatch("work.issued", issued, DATE, "a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        yearSuffix = Checks.optionalText("work.yearSuffix", yearSuffix);
        title = Checks.optionalText("work.title", title);
        containerTitle = Checks.optionalText("work.containerTitle", containerTitle);
        collectionTitle = Checks.optionalText("work.collectionTitle", collectionTitle);
        number = Checks.optionalText("work.number", number);
        volume = Checks.optionalText("work.volume", volume);
        issue = Checks.optionalText("work.issue", issue);
        edition = Checks.optionalText("work.edition", edition);
        publisher = Checks.optionalText("work.publisher", publisher);
        publisherPlace = Checks.optionalText("work.publisherPlace", publisherPlace);
        event = Checks.optionalText("work.event", event);
        eventPlace = Checks.optionalText("work.eventPlace", eventPlace);
        genre = Checks.optionalText("work.genre", genre);
        url = Checks.optionalText("work.url", url);
        doi = Checks.optionalIdentifier("work.doi", doi, IdentifierScheme.DOI);
        isbn = Checks.optionalIdentifier("work.isbn", isbn, IdentifierScheme.ISBN);
        issn = Checks.optionalIdentifier("work.issn", issn, IdentifierScheme.ISSN);
        accessed = Checks.optionalMatch("work.accessed", accessed, DATE, "a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("work.confidence " + confidence + " is not between 0 and 1");
        }
    }

    public static Builder builder(WorkType type) {
        return new Builder(type);
    }

    /**
     * This work (as a source states it, field by field) completed by what the parser read from its text:
     * every field the source gives is kept, a field it lacks is taken from {@code parsed}. The type is the
     * parsed one only when the source's fields did not decide it ({@link WorkType#OTHER}).
     */
    public CitedWork completedBy(CitedWork parsed) {
        if (parsed == null) {
            return this;
        }
        return new CitedWork(
                type == WorkType.OTHER ? parsed.type : type,
                authors.isEmpty() ? parsed.authors : authors,
                editors.isEmpty() ? parsed.editors : editors,
                or(issued, parsed.issued),
                issued == null ? parsed.yearSuffix : yearSuffix,
                or(title, parsed.title),
                or(containerTitle, parsed.containerTitle),
                or(collectionTitle, parsed.collectionTitle),
                or(number, parsed.number),
                or(volume, parsed.volume),
                or(issue, parsed.issue),
                page != null ? page : parsed.page,
                or(edition, parsed.edition),
                or(publisher, parsed.publisher),
                or(publisherPlace, parsed.publisherPlace),
                or(event, parsed.event),
                or(eventPlace, parsed.eventPlace),
                or(genre, parsed.genre),
                or(url, parsed.url),
                or(doi, parsed.doi),
                or(isbn, parsed.isbn),
                or(issn, parsed.issn),
                or(accessed, parsed.accessed),
                parsed.confidence);
    }

    private static String or(String given, String parsed) {
        return given != null ? given : parsed;
    }

    /** Collects the fields of a cited work as a parser finds them. */
    public static final class Builder {
        private WorkType type;
        private List<PersonName> authors = List.of();
        private List<PersonName> editors = List.of();
        private String issued;
        private String yearSuffix;
        private String title;
        private String containerTitle;
        private String collectionTitle;
        private String number;
        private String volume;
        private String issue;
        private PageRange page;
        private String edition;
        private String publisher;
        private String publisherPlace;
        private String event;
        private String eventPlace;
        private String genre;
        private String url;
        private String doi;
        private String isbn;
        private String issn;
        private String accessed;
        private double confidence = 1;

        private Builder(WorkType type) {
            this.type = type;
        }

        public Builder type(WorkType v) {
            type = v;
            return this;
        }

        public Builder authors(List<PersonName> v) {
            authors = v;
            return this;
        }

        public Builder editors(List<PersonName> v) {
            editors = v;
            return this;
        }

        public Builder issued(String v) {
            issued = text(v);
            return this;
        }

        public Builder yearSuffix(String v) {
            yearSuffix = text(v);
            return this;
        }

        public Builder title(String v) {
            title = text(v);
            return this;
        }

        public Builder containerTitle(String v) {
            containerTitle = text(v);
            return this;
        }

        public Builder collectionTitle(String v) {
            collectionTitle = text(v);
            return this;
        }

        public Builder number(String v) {
            number = text(v);
            return this;
        }

        public Builder volume(String v) {
            volume = text(v);
            return this;
        }

        public Builder issue(String v) {
            issue = text(v);
            return this;
        }

        public Builder page(PageRange v) {
            page = v;
            return this;
        }

        public Builder edition(String v) {
            edition = text(v);
            return this;
        }

        public Builder publisher(String v) {
            publisher = text(v);
            return this;
        }

        public Builder publisherPlace(String v) {
            publisherPlace = text(v);
            return this;
        }

        public Builder event(String v) {
            event = text(v);
            return this;
        }

        public Builder eventPlace(String v) {
            eventPlace = text(v);
            return this;
        }

        public Builder genre(String v) {
            genre = text(v);
            return this;
        }

        public Builder url(String v) {
            url = text(v);
            return this;
        }

        public Builder doi(String v) {
            doi = text(v);
            return this;
        }

        public Builder isbn(String v) {
            isbn = text(v);
            return this;
        }

        public Builder issn(String v) {
            issn = text(v);
            return this;
        }

        public Builder accessed(String v) {
            accessed = text(v);
            return this;
        }

        public Builder confidence(double v) {
            confidence = v;
            return this;
        }

        /** Parsers find empty pieces; an empty value is no value. */
        private static String text(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        public WorkType type() {
            return type;
        }

        public CitedWork build() {
            return new CitedWork(
                    type,
                    authors,
                    editors,
                    issued,
                    yearSuffix,
                    title,
                    containerTitle,
                    collectionTitle,
                    number,
                    volume,
                    issue,
                    page,
                    edition,
                    publisher,
                    publisherPlace,
                    event,
                    eventPlace,
                    genre,
                    url,
                    doi,
                    isbn,
                    issn,
                    accessed,
                    confidence);
        }
    }
}
