package org.scholarlod.model;

import java.util.List;

/**
 * The book a chapter is part of: its title, editors, the series it belongs to with its volume there, ISBNs
 * (normalised, without hyphens) and publisher, each as the source states it.
 */
public record Book(
        String title,
        List<PersonName> editors,
        String series,
        String seriesVolume,
        List<String> isbns,
        String publisher) {
    public Book {
        title = Checks.requiredText("book.title", title);
        editors = Checks.list("book.editors", editors);
        series = Checks.optionalText("book.series", series);
        seriesVolume = Checks.optionalText("book.seriesVolume", seriesVolume);
        isbns = Checks.list("book.isbns", isbns).stream()
                .map(isbn -> IdentifierScheme.ISBN.normalise("book.isbn", isbn))
                .distinct()
                .toList();
        publisher = Checks.optionalText("book.publisher", publisher);
        if (seriesVolume != null && series == null) {
            throw new IllegalArgumentException("book.seriesVolume '" + seriesVolume + "' is given without a series");
        }
    }
}
