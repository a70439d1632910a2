package org.scholarlod.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.Author;
import org.scholarlod.model.PageRange;

/**
 * The top of a landing page: the journal (or, for a chapter, the book and its series), volume, issue, pages
 * and year, the title, the authors, and the lines that follow before any headed section (the older layout
 * prints abstract, keywords, acknowledgements and references there without headings). Each value comes
 * from a line of a shape Springer Link prints; a line of no known shape gives nothing.
 */
final class PageHead {
    private static final Pattern VOLUME = Pattern.compile("(?i)\\bvolume\\s+(\\d[\\w.]*)");
    private static final Pattern ISSUE = Pattern.compile("(?i)\\bissue\\s+(\\w+(?:\\s*[–—-]\\s*\\w+)?)");
    private static final Pattern PAGES = Pattern.compile("(?i)\\b(?:pp\\.?|pages?)\\s+(\\w+)(?:\\s*[–—-]\\s*(\\w+))?");
    private static final Pattern ARTICLE_NUMBER =
            Pattern.compile("(?i)\\barticle\\s+(?:number|no\\.?)\\s*:?\\s*(\\w+)");
    private static final Pattern YEAR = Pattern.compile("\\(((?:19|20)\\d{2})\\)");
    private static final Pattern BEFORE_VOLUME = Pattern.compile("(?i)^(.*?)[\\s,|]*\\bvolume\\s+\\d.*");
    private static final Pattern DATE = Pattern.compile("(?i)^(?:(" + Months.NAMES + ")\\s+)?((?:19|20)\\d{2})$");
    private static final Pattern CITE = Pattern.compile("(?i)(?:\\|\\s*cite as|cite this (?:article|chapter))\\s*$");
    private static final Pattern CHAPTER_LINE =
            Pattern.compile("(?i)^(?:(.+?)\\s+)?pp\\.?\\s+(\\w+)\\s*[–—-]\\s*(\\w+)\\s*(?:\\|\\s*cite as)?$");
    private static final Pattern AIMS = Pattern.compile("(?i)^(.+?)\\s+aims and scope(?:\\s+submit manuscript)?$");
    private static final Pattern OLD_SERIES =
            Pattern.compile("(?i)^part of the (.+?) book series(?:\\s*\\((?:[^(),]+,\\s*)?volume\\s+(\\w+)\\))?$");
    private static final Pattern NEW_SERIES = Pattern.compile(
            "(?i)^part of the book series:\\s*(.+?)(?:\\s*\\(\\((?:[^(),]+,\\s*)?volume\\s*(\\w+)\\)\\))?$");
    private static final Pattern STATUS = Pattern.compile("(?i)^(?:editorial|review|book review|letter|commentary"
            + "|perspective|correction|erratum|retraction note|news|announcement|original research|paper"
            + "|open access|case study|survey|symposium|\\d{1,3}"
            + "|(?:original|research|review|short|brief|technical|invited|full[- ]length|empirical|conceptual|mini)"
            + "\\s+(?:paper|article|note|communication|essay|report|contribution|review))$");
    private static final Pattern AFFILIATION_NUMBERS = Pattern.compile("^\\d{1,2}(?:\\s*,\\s*\\d{1,2})*$");
    private static final Pattern CONNECTOR = Pattern.compile("(?i)\\s*(?:&|,|\\band)\\s*$");

    String journal;
    String volume;
    String issue;
    PageRange pages;
    String issued;
    String title;
    String bookTitle;
    String series;
    String seriesVolume;
    boolean chapter;
    boolean marked;
    List<Author> authors = List.of();
    final List<String> body = new ArrayList<>();

    private final List<String> lines = new ArrayList<>();
    private final List<Boolean> chrome = new ArrayList<>();
    private final boolean[] used;
    private int pagesOnlyLine = -1;
    /** Numbered affiliations printed right under the authors, as the older layout's affiliations tab does. */
    final List<String> affiliationLines = new ArrayList<>();

    PageHead(List<PageLine> pageLines) {
        int titleHeading = -1;
        for (PageLine line : pageLines) {
            if (!line.isBlank()) {
                if (line.headingLevel() == 1 && titleHeading < 0) {
                    titleHeading = lines.size();
                }
                lines.add(line.text());
                chrome.add(PageLines.isChrome(line.text()));
            }
        }
        used = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            readShapedLine(i);
        }
        if (chapter && bookTitle == null) {
            bookTitle = lineAfter("cite this chapter");
        }
        if (!chapter && journal == null && pagesOnlyLine > 0 && !chrome.get(pagesOnlyLine - 1)) {
            journal = Text.collapse(lines.get(pagesOnlyLine - 1));
            used[pagesOnlyLine - 1] = true;
        }
        int titleLine = titleHeading >= 0 ? titleHeading : findTitle();
        if (titleLine >= 0) {
            title = lines.get(titleLine);
            used[titleLine] = true;
            readAuthors(titleLine + 1);
            for (int i = titleLine + 1; i < lines.size(); i++) {
                if (!used[i] && !chrome.get(i) && !isKnown(lines.get(i))) {
                    body.add(lines.get(i));
                }
            }
        }
    }

    /** Reads the line if it has one of the shapes that carry journal, volume, pages, book or series. */
    private void readShapedLine(int i) {
        String line = Text.collapse(lines.get(i));
        marked |= CITE.matcher(line).find();
        Matcher aims = AIMS.matcher(line);
        Matcher chapterLine = CHAPTER_LINE.matcher(line);
        Matcher oldSeries = OLD_SERIES.matcher(line);
        Matcher newSeries = NEW_SERIES.matcher(line);
        if (aims.matches()) {
            journal = aims.group(1);
            marked = used[i] = true;
        } else if (oldSeries.matches() || newSeries.matches()) {
            Matcher m = oldSeries.matches() ? oldSeries : newSeries;
            series = m.group(1).strip();
            seriesVolume = m.group(2);
            used[i] = true;
        } else if (volume == null && pages == null && isVolumeLine(line)) {
            readVolumeLine(i, line);
            marked = used[i] = true;
        } else if (pages == null && chapterLine.matches()) {
            // "Book pp 250-325 | Cite as" is a chapter; "pp 1–17 | Cite as" under a journal line is an article
            // published online first, and "pp 250–325" alone is a chapter only where the page says "Cite this chapter".
            pages = new PageRange(chapterLine.group(2), chapterLine.group(3));
            boolean citeAs = line.toLowerCase(Locale.ROOT).endsWith("cite as");
            if (chapterLine.group(1) != null && citeAs) {
                bookTitle = chapterLine.group(1).replaceAll("[\\s,|]+$", "");
                chapter = true;
            } else if (citeAs) {
                pagesOnlyLine = i;
            }
            marked = used[i] = true;
        } else if (line.equalsIgnoreCase("cite this chapter")) {
            chapter = true;
        }
    }

    private static boolean isVolumeLine(String line) {
        return line.length() < 250
                && !line.regionMatches(true, 0, "part of the", 0, 11)
                && VOLUME.matcher(line).find()
                && (PAGES.matcher(line).find()
                        || ARTICLE_NUMBER.matcher(line).find()
                        || ISSUE.matcher(line).find()
                        || YEAR.matcher(line).find()
                        || CITE.matcher(line).find());
    }

    private void readVolumeLine(int index, String line) {
        volume = group(VOLUME, line);
        issue = group(ISSUE, line);
        Matcher pagesMatch = PAGES.matcher(line);
        if (pagesMatch.find()) {
            pages = new PageRange(pagesMatch.group(1), pagesMatch.group(2));
        } else if (group(ARTICLE_NUMBER, line) != null) {
            pages = new PageRange(group(ARTICLE_NUMBER, line), null);
        }
        issued = group(YEAR, line);
        Matcher before = BEFORE_VOLUME.matcher(line);
        String prefix = before.matches() ? before.group(1).strip() : "";
        Matcher date = DATE.matcher(prefix);
        if (date.matches()) {
            issued = Months.date(date.group(2), date.group(1), null);
        }
        if (!prefix.isEmpty() && !date.matches()) {
            journal = journal != null ? journal : prefix;
        } else if ((line.startsWith(",") || date.matches()) && index > 0 && !chrome.get(index - 1)) {
            // The older layout prints the journal on the line above ", Volume 133, …" or "June 2016, Volume …".
            journal = journal != null ? journal : Text.collapse(lines.get(index - 1));
            used[index - 1] = true;
        }
    }

    /** The first line that is none of the page's other parts: not navigation, status, journal, book or names. */
    private int findTitle() {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!used[i]
                    && !chrome.get(i)
                    && !isKnown(line)
                    && !STATUS.matcher(line).matches()
                    && names(line).isEmpty()
                    && ReferenceListReader.numbered(line) == null) {
                return i;
            }
        }
        return -1;
    }

    /** The names that follow the title, one line for all or a bulleted line each, with affiliation numbers. */
    private void readAuthors(int from) {
        AuthorList list = new AuthorList();
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (chrome.get(i) || isKnown(line) || used[i]) {
                continue;
            }
            if (list.isEmpty()
                    && STATUS.matcher(line).matches()
                    && !AFFILIATION_NUMBERS.matcher(line).matches()) {
                continue;
            }
            if (!list.isEmpty() && AFFILIATION_NUMBERS.matcher(line).matches()) {
                list.numbers(line);
                used[i] = true;
                continue;
            }
            if (!list.isEmpty() && ReferenceListReader.numbered(line) != null) {
                affiliationLines.add(line);
                used[i] = true;
                continue;
            }
            List<Author> named = affiliationLines.isEmpty() ? names(line) : List.of();
            if (named.isEmpty()) {
                break;
            }
            named.forEach(list::add);
            used[i] = true;
        }
        authors = list.authors();
    }

    /** A line whose content is already known as the title, journal or book (the newer layout repeats them). */
    private boolean isKnown(String line) {
        String key = Text.key(line);
        return title != null && key.equals(Text.key(title))
                || journal != null && key.equals(Text.key(journal))
                || bookTitle != null && key.equals(Text.key(bookTitle));
    }

    private String lineAfter(String chromeLine) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).equalsIgnoreCase(chromeLine)
                    && !chrome.get(i + 1)
                    && !used[i + 1]
                    && names(lines.get(i + 1)).isEmpty()) {
                used[i + 1] = true;
                return lines.get(i + 1);
            }
        }
        return null;
    }

    /** The people a line names, a bulleted author line's trailing "&" or "," aside. */
    private static List<Author> names(String line) {
        return AuthorNames.parse(CONNECTOR.matcher(line).replaceAll(""));
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
