package org.scholarlod.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.Affiliation;
import org.scholarlod.model.Article;
import org.scholarlod.model.Author;
import org.scholarlod.model.Book;
import org.scholarlod.model.Copyright;
import org.scholarlod.model.Funding;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.Journal;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.Reference;
import org.scholarlod.model.WorkType;

/**
 * Reads the text of a Springer Link landing page of a journal article or a book chapter, in the older layout
 * (unheaded abstract, numbered references with glued badges, "Authors and Affiliations") or the newer one
 * ("Skip to main content", bulleted status and author lines, headed sections, "About this article"), as
 * plain text or markdown, including pages cut off part-way. Text without a landing page's marks is refused.
 */
public final class LandingPageReader {
    private static final Pattern DOI =
            Pattern.compile("(?i)(?:doi\\.org/|doi:?\\s*)(" + IdentifierScheme.DOI_START + "[^\\s\"<>]+)");
    private static final Pattern ISSUE_DATE =
            Pattern.compile("(?i)^(?:(\\d{1,2})\\s+)?(" + Months.NAMES + ")?\\s*((?:19|20)\\d{2})$");
    private static final Pattern ACKNOWLEDGEMENT =
            Pattern.compile("(?i).*\\b(thank|grateful|acknowledg|supported by|funded by|funding|grant)\\w*\\b.*");
    private static final Pattern PROSE = Pattern.compile("^(?:\\S+\\s+){7,}\\S+[.!?)\"”’]$");
    private static final Pattern COPYRIGHT = Pattern.compile("^(?:Copyright\\s*)?©\\s*(.*)$");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");

    /** Reads one page; {@code source} names it in warnings and errors. */
    public Reading read(String source, String text) {
        PageLines page = new PageLines(text);
        PageHead head = new PageHead(page.lines(PageSection.HEAD));
        if (!head.marked && !page.hasLandingPageHeading()) {
            throw new InputException(
                    source,
                    null,
                    "not a Springer Link landing page: none of its marks was found"
                            + " (a volume or pages line, 'Cite this article', 'Aims and scope', 'About this article',"
                            + " 'Authors and Affiliations')");
        }
        List<String> warnings = new ArrayList<>();
        AboutSection about = new AboutSection(page.lines(PageSection.ABOUT));
        Article.Builder article = Article.builder()
                .type(head.chapter ? WorkType.CHAPTER : WorkType.JOURNAL_ARTICLE)
                .title(head.title)
                .journal(head.journal == null || head.chapter ? null : new Journal(head.journal))
                .volume(head.volume)
                .issue(head.issue)
                .pages(head.pages)
                .doi(doi(about))
                .issued(issued(source, head, about, warnings));

        Unheaded unheaded = new Unheaded(head.body);
        String abstractText = joined(page.content(PageSection.ABSTRACT));
        abstractText = abstractText != null ? abstractText : unheaded.abstractText;
        List<String> keywordLines = page.content(PageSection.KEYWORDS);
        KeywordLines keywords = new KeywordLines(
                source,
                keywordLines.isEmpty() && unheaded.keywordLine != null ? List.of(unheaded.keywordLine) : keywordLines);
        warnings.addAll(keywords.warnings);
        String acknowledgement = joined(page.content(PageSection.ACKNOWLEDGEMENTS));
        acknowledgement = acknowledgement != null ? acknowledgement : unheaded.acknowledgement;
        article.abstractText(abstractText).keywords(keywords.keywords).acknowledgement(acknowledgement);

        List<Funding> fundings = new ArrayList<>(FundingStatementParser.parse(acknowledgement));
        fundings.addAll(FundingStatementParser.parse(joined(page.content(PageSection.FUNDING))));
        article.fundings(fundings);

        List<String> referenceLines = new ArrayList<>(unheaded.referenceLines);
        page.lines(PageSection.REFERENCES).forEach(line -> referenceLines.add(line.text()));
        List<Reference> references = ReferenceListReader.read(referenceLines);
        article.references(references);

        List<String> affiliationLines = page.content(PageSection.AFFILIATIONS);
        AffiliationSection affiliations =
                new AffiliationSection(affiliationLines.isEmpty() ? head.affiliationLines : affiliationLines);
        article.affiliations(affiliations.affiliations);
        article.authors(affiliations.numbered(head.authors));
        article.copyright(copyright(page));
        if (head.chapter) {
            article.book(book(source, head, page, about, warnings));
        }

        Article result = ArticleMerger.resolveFunding(article.build());
        if (result.title() == null
                && result.volume() == null
                && result.references().isEmpty()) {
            throw new InputException(
                    source, null, "no article found on the page (neither a title, a volume line nor a reference list)");
        }
        warnings.addAll(0, MissingFacts.warning(source, "not on the page", result));
        return new Reading(result, warnings);
    }

    private static String doi(AboutSection about) {
        for (String text : new String[] {about.value("doi"), about.citation()}) {
            Matcher doi = text == null ? null : DOI.matcher(text);
            if (doi != null && doi.find()) {
                return doi.group(1).replaceAll("[.,;]+$", "");
            }
        }
        return null;
    }

    /**
     * An article's date is its issue's: the volume line's year, made precise by "Issue Date" when the two
     * agree. A chapter's is the year of Springer's own citation. "First Online" is neither, so it is not used.
     */
    private static String issued(String source, PageHead head, AboutSection about, List<String> warnings) {
        if (head.chapter) {
            return about.citationYear() != null ? about.citationYear() : head.issued;
        }
        String issueDate = about.value("issue date");
        Matcher date = issueDate == null ? null : ISSUE_DATE.matcher(issueDate.strip());
        if (date == null || !date.matches()) {
            return head.issued;
        }
        String fromAbout = Months.date(date.group(3), date.group(2), date.group(2) == null ? null : date.group(1));
        if (head.issued != null && !fromAbout.startsWith(head.issued.substring(0, 4))) {
            warnings.add(source + ": the volume line gives the year " + head.issued + " but 'Issue Date' " + issueDate
                    + "; the volume line's year is kept");
            return head.issued;
        }
        return fromAbout;
    }

    private static Book book(String source, PageHead head, PageLines page, AboutSection about, List<String> warnings) {
        String title = head.bookTitle != null ? head.bookTitle : EditorNames.bookTitle(about.citation(), head.series);
        if (title == null) {
            return null;
        }
        List<PersonName> editors = EditorNames.fromSection(page.content(PageSection.EDITORS));
        if (editors.isEmpty()) {
            editors = EditorNames.fromCitation(about.citation());
        }
        List<String> isbns = new ArrayList<>();
        for (String label : new String[] {"print isbn", "online isbn"}) {
            String isbn = about.value(label);
            if (isbn != null) {
                try {
                    isbns.add(IdentifierScheme.ISBN.normalise(label, isbn));
                } catch (IllegalArgumentException e) {
                    warnings.add(source + ": " + e.getMessage() + "; left out");
                }
            }
        }
        return new Book(title, editors, head.series, head.seriesVolume, isbns, about.value("publisher name"));
    }

    private static Copyright copyright(PageLines page) {
        List<String> lines = new ArrayList<>(page.content(PageSection.COPYRIGHT));
        lines.addAll(page.content(PageSection.RIGHTS));
        lines.addAll(page.content(PageSection.ABOUT));
        for (String line : lines) {
            Matcher m = COPYRIGHT.matcher(Text.collapse(line));
            if (m.matches()) {
                Matcher year = YEAR.matcher(m.group(1));
                String y = year.find() ? year.group(1) : null;
                String holder = m.group(1)
                        .replaceAll("\\b" + (y == null ? "$^" : y) + "\\b", "")
                        .replaceAll("^[\\s,.]+|[\\s,]+$", "")
                        // A sentence's full stop goes; an abbreviation's ("B.V.") stays.
                        .replaceAll("(?<=\\p{Ll}{2})\\.$", "");
                return new Copyright(holder.isEmpty() ? null : holder, y, Text.collapse(line));
            }
        }
        return null;
    }

    private static String joined(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /**
     * The older layout's unheaded lines after the title: numbered references, a keyword line (only one whose
     * keywords are separated), the abstract (the first line of prose) and an acknowledgement after it.
     */
    private static final class Unheaded {
        final List<String> referenceLines = new ArrayList<>();
        String keywordLine;
        String abstractText;
        String acknowledgement;

        Unheaded(List<String> body) {
            for (String line : body) {
                if (ReferenceListReader.numbered(line) != null
                        || ReferenceListReader.numberOnly(line) >= 0
                        || !referenceLines.isEmpty()) {
                    referenceLines.add(line);
                } else if (keywordLine == null && !PROSE.matcher(line).matches() && KeywordLines.hasSeparators(line)) {
                    keywordLine = line;
                } else if (abstractText == null && PROSE.matcher(line).matches()) {
                    abstractText = line;
                } else if (abstractText != null
                        && acknowledgement == null
                        && ACKNOWLEDGEMENT.matcher(line).matches()) {
                    acknowledgement = line;
                }
            }
        }
    }

    /** The "Authors and Affiliations" lines: numbered or unnumbered affiliations, each followed by its people. */
    private static final class AffiliationSection {
        final List<Affiliation> affiliations = new ArrayList<>();
        final AuthorList authors = new AuthorList();

        AffiliationSection(List<String> lines) {
            for (String line : lines) {
                if (line.matches("(?i)^(you can also search|search for|view author publications|pubmed|google scholar"
                        + "|correspondence to|contributions).*")) {
                    continue;
                }
                Matcher numbered = ReferenceListReader.numbered(line);
                List<Author> named = numbered == null ? AuthorNames.parse(line) : List.of();
                if (!named.isEmpty()) {
                    int current = affiliations.isEmpty()
                            ? 0
                            : affiliations.get(affiliations.size() - 1).number();
                    for (Author person : named) {
                        authors.add(new Author(
                                person.givenName(),
                                person.familyName(),
                                person.orcid(),
                                current == 0 ? List.of() : List.of(current)));
                    }
                } else {
                    int number = numbered != null ? Integer.parseInt(numbered.group(1)) : affiliations.size() + 1;
                    affiliations.add(AffiliationParser.parse(number, numbered != null ? numbered.group(2) : line));
                }
            }
        }

        /**
         * The head's authors, each given the affiliations this section lists them under where the head printed
         * none; the section's own people when the head named none.
         */
        List<Author> numbered(List<Author> head) {
            List<Author> listed = authors.authors();
            if (head.isEmpty()) {
                return listed;
            }
            List<Author> out = new ArrayList<>();
            for (Author author : head) {
                Author match = listed.stream()
                        .filter(a -> a.name().equals(author.name()))
                        .findFirst()
                        .orElse(null);
                out.add(
                        author.affiliations().isEmpty() && match != null
                                ? new Author(
                                        author.givenName(),
                                        author.familyName(),
                                        author.orcid(),
                                        match.affiliations(),
                                        author.identifiers())
                                : author);
            }
            return out;
        }
    }
}
