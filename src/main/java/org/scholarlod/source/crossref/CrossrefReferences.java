package org.scholarlod.source.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.Reference;
import org.scholarlod.model.WorkType;

/**
 * A work's {@code reference} list: each entry's {@code unstructured} text (parsed later, like any reference
 * text) and the fields Crossref states of the cited work, taken as given. A structured author is only the first
 * author's name, as the depositor wrote it; it is split only in the shapes "Barrientos S" and "S Barrientos".
 */
final class CrossrefReferences {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})([a-z])?");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?[ -]?){1,3}");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    private final List<String> warnings;
    private int unreadNames;

    CrossrefReferences(List<String> warnings) {
        this.warnings = warnings;
    }

    List<Reference> read(JsonNode work) {
        List<Reference> references = new ArrayList<>();
        int position = 0;
        for (JsonNode entry : work.path("reference")) {
            position++;
            int number = references.size() + 1;
            String key = CrossrefJson.text(entry, "key");
            String name = "reference " + position + (key == null ? "" : " (" + key + ")");
            String text = CrossrefJson.text(entry, "unstructured");
            CitedWork given = structured(entry, name);
            if (text == null && given == null) {
                warnings.add(name + " has neither text nor fields: left out");
                continue;
            }
            String assertedBy =
                    given != null && given.doi() != null ? CrossrefJson.text(entry, "doi-asserted-by") : null;
            references.add(new Reference(number, key, text, given, assertedBy));
        }
        if (unreadNames > 0) {
            warnings.add(unreadNames + " reference author name" + (unreadNames == 1 ? "" : "s")
                    + " of no recognised shape (family name and initials) left out");
        }
        return references;
    }

    private CitedWork structured(JsonNode entry, String name) {
        String articleTitle = CrossrefJson.text(entry, "article-title");
        String journal = CrossrefJson.text(entry, "journal-title");
        String volumeTitle = CrossrefJson.text(entry, "volume-title");
        String isbn = identifier(entry, "ISBN", IdentifierScheme.ISBN, name);
        WorkType type = journal != null
                ? WorkType.JOURNAL_ARTICLE
                : volumeTitle != null && articleTitle != null
                        ? WorkType.CHAPTER
                        : volumeTitle != null || isbn != null ? WorkType.BOOK : WorkType.OTHER;
        CitedWork.Builder work = CitedWork.builder(type)
                .title(type == WorkType.BOOK && articleTitle == null ? volumeTitle : articleTitle)
                .containerTitle(journal != null ? journal : type == WorkType.CHAPTER ? volumeTitle : null)
                .collectionTitle(CrossrefJson.text(entry, "series-title"))
                .volume(CrossrefJson.text(entry, "volume"))
                .issue(CrossrefJson.text(entry, "issue"))
                .edition(CrossrefJson.text(entry, "edition"))
                .doi(identifier(entry, "DOI", IdentifierScheme.DOI, name))
                .isbn(isbn)
                .issn(identifier(entry, "ISSN", IdentifierScheme.ISSN, name));
        String firstPage = CrossrefJson.text(entry, "first-page");
        if (firstPage != null) {
            work.page(new PageRange(firstPage, null));
        }
        Matcher year = YEAR.matcher(String.valueOf(CrossrefJson.text(entry, "year")));
        if (year.matches()) {
            work.issued(year.group(1)).yearSuffix(year.group(2));
        }
        PersonName author = name(CrossrefJson.text(entry, "author"));
        if (author != null) {
            work.authors(List.of(author));
        }
        CitedWork built = work.build();
        return built.equals(CitedWork.builder(WorkType.OTHER).build()) ? null : built;
    }

    /** "Barrientos S", "S Barrientos", "de Vries P", "P van der Berg"; anything else is not split. */
    private PersonName name(String text) {
        if (text == null) {
            return null;
        }
        List<String> words = List.of(text.replace(",", " ").strip().split("\\s+"));
        if (words.size() == 1 && WORD.matcher(words.get(0)).matches()) {
            return PersonName.person(words.get(0), null);
        }
        String last = words.get(words.size() - 1);
        String first = words.get(0);
        if (INITIALS.matcher(last).matches() && allWords(words.subList(0, words.size() - 1))) {
            return PersonName.person(String.join(" ", words.subList(0, words.size() - 1)), last);
        }
        if (INITIALS.matcher(first).matches() && allWords(words.subList(1, words.size()))) {
            return PersonName.person(String.join(" ", words.subList(1, words.size())), first);
        }
        unreadNames++;
        return null;
    }

    private static boolean allWords(List<String> words) {
        return words.stream()
                .allMatch(w -> WORD.matcher(w).matches() && !INITIALS.matcher(w).matches());
    }

    private String identifier(JsonNode entry, String field, IdentifierScheme scheme, String name) {
        String raw = CrossrefJson.text(entry, field);
        if (raw == null) {
            return null;
        }
        try {
            return scheme.normalise(name + " " + field, raw);
        } catch (IllegalArgumentException e) {
            warnings.add(e.getMessage() + ": left out");
            return null;
        }
    }
}
