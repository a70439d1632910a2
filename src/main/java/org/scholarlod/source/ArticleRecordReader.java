package org.scholarlod.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.scholarlod.model.Affiliation;
import org.scholarlod.model.Article;
import org.scholarlod.model.Author;
import org.scholarlod.model.Copyright;
import org.scholarlod.model.Funding;
import org.scholarlod.model.Identifier;
import org.scholarlod.model.IdentifierScheme;
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
            throw InputException.at(source, position(json, e), problem(e), e);
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

    /** The identifier in {@code raw} (none when absent), checked; errors name the record field. */
    private static List<Identifier> ids(String field, IdentifierScheme scheme, String raw) {
        String name = (field.isEmpty() ? "" : field + ".") + recordField(scheme);
        return raw == null ? List.of() : List.of(Identifier.of(scheme, name, raw));
    }

    private static String recordField(IdentifierScheme scheme) {
        return scheme == IdentifierScheme.CROSSREF_FUNDER ? "crossrefFunderId" : scheme.datacite;
    }

    private static Article toArticle(ArticleRecord r) {
        List<Author> authors = new ArrayList<>();
        for (ArticleRecord.AuthorRecord a : nonNull(r.authors())) {
            String field = "authors[" + authors.size() + "]";
            String orcid = a.orcid() == null
                    ? null
                    : Identifier.of(IdentifierScheme.ORCID, field + ".orcid", a.orcid())
                            .value();
            authors.add(new Author(
                    a.given(),
                    a.family(),
                    orcid,
                    a.affiliations(),
                    ids(field, IdentifierScheme.WIKIDATA, a.wikidata())));
        }
        List<Affiliation> affiliations = new ArrayList<>();
        for (ArticleRecord.AffiliationRecord a : nonNull(r.affiliations())) {
            int number = a.number() == null ? affiliations.size() + 1 : a.number();
            String field = "affiliations[" + affiliations.size() + "]";
            List<Identifier> ids = new ArrayList<>(ids(field, IdentifierScheme.ROR, a.ror()));
            ids.addAll(ids(field, IdentifierScheme.WIKIDATA, a.wikidata()));
            affiliations.add(
                    new Affiliation(number, a.units(), a.institution(), a.city(), a.region(), a.country(), null, ids));
        }
        List<Funding> fundings = new ArrayList<>();
        for (ArticleRecord.FundingRecord f : nonNull(r.funding())) {
            String field = "funding[" + fundings.size() + "]";
            List<Identifier> ids = new ArrayList<>(ids(field, IdentifierScheme.CROSSREF_FUNDER, f.crossrefFunderId()));
            ids.addAll(ids(field, IdentifierScheme.ROR, f.ror()));
            ids.addAll(ids(field, IdentifierScheme.WIKIDATA, f.wikidata()));
            fundings.add(new Funding(null, f.funder(), f.grant(), null, 0, ids));
        }
        List<Identifier> identifiers = new ArrayList<>(ids("", IdentifierScheme.PMID, r.pmid()));
        identifiers.addAll(ids("", IdentifierScheme.ARXIV, r.arxiv()));
        identifiers.addAll(ids("", IdentifierScheme.WIKIDATA, r.wikidata()));
        ArticleRecord.CopyrightRecord c = r.copyright();
        return Article.builder()
                .doi(r.doi())
                .title(r.title())
                .abstractText(r.abstractText())
                .keywords(r.keywords())
                .journal(
                        r.journal() == null
                                ? null
                                : new Journal(r.journal().title(), r.journal().issn()))
                .volume(r.volume())
                .issue(r.issue())
                .pages(r.pages() == null ? null : PageRange.parse(r.pages()))
                .issued(r.issued())
                .authors(authors)
                .affiliations(affiliations)
                .copyright(c == null ? null : new Copyright(c.holder(), c.year(), null))
                .license(r.license())
                .fundings(fundings)
                .identifiers(identifiers)
                .build();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * Where the error is: for a mapping error, the start of the field it concerns (Jackson reports where it
     * stopped reading, which for records is the end of the object); otherwise where the parser stopped.
     */
    private TextPosition position(String json, JsonProcessingException e) {
        JsonLocation at =
                e instanceof JsonMappingException m && !m.getPath().isEmpty() ? fieldLocation(json, m.getPath()) : null;
        if (at == null) {
            at = e.getLocation();
        }
        return at == null ? null : TextPosition.reported(at.getLineNr(), at.getColumnNr());
    }

    private JsonLocation fieldLocation(String json, List<JsonMappingException.Reference> path) {
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            List<Object> target = path.stream()
                    .map(r -> r.getFieldName() != null ? (Object) r.getFieldName() : (Object) r.getIndex())
                    .toList();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isScalarValue() || token.isStructStart()) {
                    if (target.equals(pathOf(parser.getParsingContext(), token))) {
                        return parser.currentTokenLocation();
                    }
                }
            }
        } catch (IOException ignored) {
            // The document was parsed once already; if it cannot be walked again, fall back to Jackson's place.
        }
        return null;
    }

    /** The path of the current token: field names and array indexes from the root (a struct's own start counts as its field). */
    private static List<Object> pathOf(JsonStreamContext context, JsonToken token) {
        List<Object> path = new ArrayList<>();
        for (JsonStreamContext c = token.isStructStart() ? context.getParent() : context;
                c != null && !c.inRoot();
                c = c.getParent()) {
            path.add(0, c.inArray() ? (Object) c.getCurrentIndex() : (Object) c.getCurrentName());
        }
        return path;
    }

    private static String problem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'" + path(u) + " (known: "
                    + u.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", "))
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
        return message.split("\n")[0]
                .replaceFirst("\\s*\\(start marker at .*$", "")
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
