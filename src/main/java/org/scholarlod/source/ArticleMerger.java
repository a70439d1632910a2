package org.scholarlod.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.scholarlod.model.Affiliation;
import org.scholarlod.model.Article;
import org.scholarlod.model.Author;
import org.scholarlod.model.Funding;
import org.scholarlod.model.Identifier;
import org.scholarlod.model.SourceDocument;

/**
 * Merges what a landing page and a JSON record say about one article: each fact from whichever has it, and a
 * failure naming both values where they disagree. Also resolves the person a funding statement names.
 */
public final class ArticleMerger {
    private final String pageName;
    private final String recordName;

    public ArticleMerger(String pageName, String recordName) {
        this.pageName = pageName;
        this.recordName = recordName;
    }

    public Article merge(Article page, Article record) {
        Article.Builder merged = page.toBuilder()
                .doi(pick("DOI", page, record, Article::doi))
                .title(pick("title", page, record, Article::title))
                .abstractText(pick("abstract", page, record, Article::abstractText))
                .volume(pick("volume", page, record, Article::volume))
                .issue(pick("issue", page, record, Article::issue))
                .issued(issued(page.issued(), record.issued()))
                .license(pick("licence", page, record, Article::license));
        pick(
                "journal",
                page,
                record,
                a -> a.journal() == null ? null : a.journal().title());
        merged.journal(record.journal() != null ? record.journal() : page.journal());
        pick("pages", page, record, a -> a.pages() == null ? null : a.pages().toString());
        merged.pages(record.pages() != null ? record.pages() : page.pages());
        merged.keywords(page.keywords().isEmpty() ? record.keywords() : page.keywords());
        merged.affiliations(affiliations(page.affiliations(), record.affiliations()));
        merged.fundings(fundings(page.fundings(), record.fundings()));
        merged.identifiers(union(page.identifiers(), record.identifiers()));
        merged.updates(union(page.updates(), record.updates()));
        merged.updatedBy(union(page.updatedBy(), record.updatedBy()));
        merged.authors(authors(page.authors(), record.authors()));
        pick(
                "copyright year",
                page,
                record,
                a -> a.copyright() == null ? null : a.copyright().year());
        merged.copyright(page.copyright() != null ? page.copyright() : record.copyright());
        List<SourceDocument> sources = new ArrayList<>(page.sources());
        sources.addAll(record.sources());
        merged.sources(sources);
        return resolveFunding(merged.build());
    }

    /** Links each funding statement's named person to the one author it can only mean. */
    public static Article resolveFunding(Article article) {
        List<Funding> resolved = new ArrayList<>();
        for (Funding funding : article.fundings()) {
            int match = 0;
            if (funding.fundedName() != null) {
                String name = Text.key(funding.fundedName());
                for (int i = 0; i < article.authors().size(); i++) {
                    Author author = article.authors().get(i);
                    if (Text.key(author.familyName()).equals(name)
                            || Text.key(author.name()).equals(name)) {
                        match = match == 0 ? i + 1 : -1;
                    }
                }
            }
            resolved.add(funding.withFundedAuthor(Math.max(match, 0)));
        }
        return article.toBuilder().fundings(resolved).build();
    }

    private List<Author> authors(List<Author> page, List<Author> record) {
        if (page.isEmpty() || record.isEmpty()) {
            return page.isEmpty() ? record : page;
        }
        String pageNames = names(page);
        String recordNames = names(record);
        if (!Text.key(pageNames).equals(Text.key(recordNames))) {
            throw conflict("authors", pageNames, recordNames);
        }
        return record;
    }

    /** The page's affiliations, with the identifiers the record gives for the same institution. */
    private static List<Affiliation> affiliations(List<Affiliation> page, List<Affiliation> record) {
        if (page.isEmpty() || record.isEmpty()) {
            return page.isEmpty() ? record : page;
        }
        List<Affiliation> merged = new ArrayList<>();
        for (Affiliation a : page) {
            List<Identifier> ids = record.stream()
                    .filter(r -> Text.key(r.institution()).equals(Text.key(a.institution())))
                    .flatMap(r -> r.identifiers().stream())
                    .toList();
            merged.add(new Affiliation(
                    a.number(),
                    a.units(),
                    a.institution(),
                    a.city(),
                    a.region(),
                    a.country(),
                    a.text(),
                    union(a.identifiers(), ids)));
        }
        return merged;
    }

    /** The page's funding statements, with the funder identifiers the record gives; funders only the record names follow. */
    private static List<Funding> fundings(List<Funding> page, List<Funding> record) {
        List<Funding> merged = new ArrayList<>();
        List<Funding> unmatched = new ArrayList<>(record);
        for (Funding f : page) {
            List<Funding> same = record.stream()
                    .filter(r -> Text.key(r.funder()).equals(Text.key(f.funder())))
                    .toList();
            unmatched.removeAll(same);
            List<Identifier> ids =
                    same.stream().flatMap(r -> r.funderIds().stream()).toList();
            merged.add(new Funding(
                    f.statement(),
                    f.funder(),
                    f.grantNumber(),
                    f.fundedName(),
                    f.fundedAuthor(),
                    union(f.funderIds(), ids)));
        }
        merged.addAll(unmatched);
        return merged;
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        return new ArrayList<>(
                new LinkedHashSet<>(Stream.concat(a.stream(), b.stream()).toList()));
    }

    private static String names(List<Author> authors) {
        return String.join(", ", authors.stream().map(Author::familyName).toList());
    }

    private String issued(String page, String record) {
        if (page == null || record == null) {
            return page == null ? record : page;
        }
        if (page.startsWith(record) || record.startsWith(page)) {
            return page.length() >= record.length() ? page : record;
        }
        throw conflict("issued", page, record);
    }

    private String pick(String field, Article page, Article record, Function<Article, String> get) {
        String p = get.apply(page);
        String r = get.apply(record);
        if (p != null && r != null && !Objects.equals(Text.key(p), Text.key(r))) {
            throw conflict(field, p, r);
        }
        return r != null ? r : p;
    }

    private InputException conflict(String field, String pageValue, String recordValue) {
        return new InputException(
                recordName,
                null,
                field + " disagrees with the page: " + pageName + " says '" + pageValue + "', " + recordName + " says '"
                        + recordValue + "'");
    }
}
