package org.scholarlod.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.Affiliation;
import org.scholarlod.model.Article;
import org.scholarlod.model.Author;
import org.scholarlod.model.Copyright;
import org.scholarlod.model.Funding;
import org.scholarlod.model.Journal;
import org.scholarlod.model.Reference;

/**
 * Reads the text of a Springer Link article landing page, in the older layout (unheaded abstract, numbered
 * references with glued badges, "Authors and Affiliations") or the newer one ("Skip to main content",
 * headed sections, "About this article"), including pages cut off part-way.
 */
public final class LandingPageReader {
    private static final Pattern DOI = Pattern.compile("(?i)(?:doi\\.org/|doi:?\\s*)(10\\.\\d{4,9}/[^\\s\"<>]+)");
    private static final Pattern ISSUE_DATE = Pattern.compile(
            "(?i)^(?:(\\d{1,2})\\s+)?(January|February|March|April|May|June|July|August|September|October|November"
            + "|December)?\\s*((?:19|20)\\d{2})$");
    private static final Pattern ACKNOWLEDGEMENT = Pattern.compile(
            "(?i).*\\b(thank|grateful|acknowledg|supported by|funded by|funding|grant)\\w*\\b.*");
    private static final Pattern COPYRIGHT = Pattern.compile("^(?:Copyright\\s*)?©\\s*(.*)$");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    /** Reads one page; {@code source} names it in warnings and errors. */
    public Reading read(String source, String text) {
        PageLines page = new PageLines(text);
        PageHead head = new PageHead(page.content(PageSection.HEAD));
        Article.Builder article = Article.builder()
                .title(head.title)
                .journal(head.journal == null ? null : new Journal(head.journal))
                .volume(head.volume)
                .issue(head.issue)
                .pages(head.pages);

        List<String> unheaded = new ArrayList<>();
        List<String> referenceLines = new ArrayList<>(page.raw(PageSection.REFERENCES));
        for (String line : head.body) {
            if (ReferenceListReader.numbered(line) != null) {
                referenceLines.add(line);
            } else {
                unheaded.add(line);
            }
        }
        String abstractText = joined(page.content(PageSection.ABSTRACT));
        List<String> keywordLines = page.content(PageSection.KEYWORDS);
        String acknowledgement = joined(page.content(PageSection.ACKNOWLEDGEMENTS));
        for (String line : unheaded) {
            if (keywordLines.isEmpty() && isKeywordLine(line)) {
                keywordLines = List.of(line);
            } else if (abstractText == null) {
                abstractText = line;
            } else if (acknowledgement == null && ACKNOWLEDGEMENT.matcher(line).matches()) {
                acknowledgement = line;
            }
        }
        article.abstractText(abstractText).keywords(keywords(keywordLines)).acknowledgement(acknowledgement);

        List<Funding> fundings = new ArrayList<>(FundingStatementParser.parse(acknowledgement));
        fundings.addAll(FundingStatementParser.parse(joined(page.content(PageSection.FUNDING))));
        article.fundings(fundings);

        List<Reference> references = ReferenceListReader.read(referenceLines);
        article.references(references);

        AffiliationSection affiliations = new AffiliationSection(page.content(PageSection.AFFILIATIONS));
        article.affiliations(affiliations.affiliations);
        article.authors(head.authors.isEmpty() ? affiliations.authors : head.authors);

        readAbout(page.content(PageSection.ABOUT), article, head.year);
        article.copyright(copyright(page));

        Article result = ArticleMerger.resolveFunding(article.build());
        if (result.title() == null && result.volume() == null && result.references().isEmpty()) {
            throw new InputException(source, null,
                    "no Springer Link article found (neither a title, a volume line nor a reference list)");
        }
        return new Reading(result, MissingFacts.warning(source, "not on the page", result));
    }

    private static void readAbout(List<String> about, Article.Builder article, String yearFromHead) {
        String issued = yearFromHead;
        for (int i = 0; i < about.size(); i++) {
            String line = about.get(i);
            Matcher doi = DOI.matcher(line);
            if (doi.find()) {
                article.doi(doi.group(1).replaceAll("[.,;]+$", ""));
            }
            if (line.equalsIgnoreCase("Issue Date") && i + 1 < about.size()) {
                Matcher date = ISSUE_DATE.matcher(about.get(i + 1));
                if (date.matches()) {
                    issued = date.group(3) + (date.group(2) == null ? ""
                            : String.format("-%02d", MONTHS.indexOf(date.group(2).toLowerCase(Locale.ROOT)) + 1));
                }
            }
        }
        article.issued(issued);
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
                String holder = m.group(1).replaceAll("\\b" + (y == null ? "$^" : y) + "\\b", "")
                        .replaceAll("^[\\s,.]+|[\\s,.]+$", "");
                return new Copyright(holder.isEmpty() ? null : holder, y, Text.collapse(line));
            }
        }
        return null;
    }

    /** One line of keywords: separated by NO-BREAK SPACE, semicolons, middle dots or commas, with no sentence in it. */
    private static boolean isKeywordLine(String line) {
        return line.indexOf('\u00A0') >= 0 || line.length() < 300 && !line.matches(".*[.!?]\\s*$")
                && line.split("\\s+").length < 40;
    }

    static List<String> keywords(List<String> lines) {
        Set<String> keywords = new LinkedHashSet<>();
        for (String line : lines) {
            String separator = line.indexOf('\u00A0') >= 0 ? "\u00A0"
                    : line.contains(";") ? ";" : line.contains("·") ? "·" : line.contains("•") ? "•"
                    : line.contains("|") ? "\\|" : lines.size() == 1 && line.contains(",") ? "," : null;
            for (String keyword : separator == null ? new String[] {line} : line.split(separator)) {
                String k = Text.collapse(keyword);
                if (!k.isEmpty()) {
                    keywords.add(k);
                }
            }
        }
        return List.copyOf(keywords);
    }

    private static String joined(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** The "Authors and Affiliations" lines: numbered or unnumbered affiliations, each followed by its people. */
    private static final class AffiliationSection {
        final List<Affiliation> affiliations = new ArrayList<>();
        final List<Author> authors = new ArrayList<>();

        AffiliationSection(List<String> lines) {
            for (String line : lines) {
                if (line.matches("(?i)^(you can also search|search for|view author publications|pubmed|google scholar"
                        + "|correspondence to|contributions).*")) {
                    continue;
                }
                Matcher numbered = ReferenceListReader.numbered(line);
                List<Author> named = numbered == null ? AuthorNames.parse(line) : List.of();
                if (!named.isEmpty()) {
                    int current = affiliations.size();
                    for (Author person : named) {
                        addAuthor(person, current);
                    }
                } else {
                    int number = numbered != null ? Integer.parseInt(numbered.group(1)) : affiliations.size() + 1;
                    affiliations.add(AffiliationParser.parse(number, numbered != null ? numbered.group(2) : line));
                }
            }
        }

        private void addAuthor(Author person, int affiliationNumber) {
            for (int i = 0; i < authors.size(); i++) {
                Author known = authors.get(i);
                if (known.name().equals(person.name())) {
                    List<Integer> held = new ArrayList<>(known.affiliations());
                    held.add(affiliationNumber);
                    authors.set(i, new Author(known.givenName(), known.familyName(), known.orcid(), held));
                    return;
                }
            }
            authors.add(new Author(person.givenName(), person.familyName(), person.orcid(),
                    affiliationNumber == 0 ? List.of() : List.of(affiliationNumber)));
        }
    }
}
