package org.scholarlod.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.scholarlod.model.Affiliation;
import org.scholarlod.model.Article;
import org.scholarlod.model.Author;
import org.scholarlod.model.Copyright;
import org.scholarlod.model.Journal;
import org.scholarlod.model.PageRange;

/** Reads an article JSON record; a record that does not match the schema is an error naming the place. */
public final class ArticleRecordReader {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads one record; {@code source} names it in errors. */
    public Reading read(String source, String json) {
        ArticleRecord record;
        try {
            record = mapper.readValue(json, ArticleRecord.class);
        } catch (JsonProcessingException e) {
            throw new InputException(source, location(e), problem(e), e);
        }
        if (record == null) {
            throw new InputException(source, null, "the record is empty (null)");
        }
        try {
            Article article = toArticle(record);
            return new Reading(article, MissingFacts.warning(source, "not in the record", article));
        } catch (IllegalArgumentException e) {
            throw new InputException(source, null, e.getMessage(), e);
        }
    }

    private static Article toArticle(ArticleRecord r) {
        List<Author> authors = new ArrayList<>();
        for (ArticleRecord.AuthorRecord a : nonNull(r.authors())) {
            authors.add(new Author(a.given(), a.family(), a.orcid(), a.affiliations()));
        }
        List<Affiliation> affiliations = new ArrayList<>();
        for (ArticleRecord.AffiliationRecord a : nonNull(r.affiliations())) {
            int number = a.number() == null ? affiliations.size() + 1 : a.number();
            affiliations.add(new Affiliation(number, a.units(), a.institution(), a.city(), a.region(), a.country(),
                    null));
        }
        ArticleRecord.CopyrightRecord c = r.copyright();
        return Article.builder()
                .doi(r.doi())
                .title(r.title())
                .abstractText(r.abstractText())
                .keywords(r.keywords())
                .journal(r.journal() == null ? null : new Journal(r.journal().title(), r.journal().issn()))
                .volume(r.volume())
                .issue(r.issue())
                .pages(r.pages() == null ? null : PageRange.parse(r.pages()))
                .issued(r.issued())
                .authors(authors)
                .affiliations(affiliations)
                .copyright(c == null ? null : new Copyright(c.holder(), c.year(), null))
                .license(r.license())
                .build();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String location(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String problem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'" + path(u) + " (known: "
                    + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))
                    + ")";
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty() && m.getTargetType() != null) {
            return "field '" + pathText(m) + "': expected " + kind(m.getTargetType());
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return "field '" + pathText(m) + "': " + firstSentence(m.getOriginalMessage());
        }
        return "not valid JSON: " + firstSentence(e.getOriginalMessage());
    }

    private static String kind(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }

    private static String firstSentence(String message) {
        return message.split("\n")[0].replaceFirst("\\s*\\(start marker at .*$", "")
                .replaceFirst("\\s*at \\[Source.*$", "");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().size() > 1 ? " in '" + pathText(e).replaceAll("\\.[^.\\[]+$", "") + "'" : "";
    }

    private static String pathText(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
