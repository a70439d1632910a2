package org.scholarlod.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.Author;
import org.scholarlod.model.PageRange;

/**
 * The top of a landing page: journal, volume, issue, pages and year, title, author line, and the lines that
 * follow the title before any headed section (the older layout prints abstract, keywords, acknowledgements
 * and the numbered references there without headings).
 */
final class PageHead {
    private static final Pattern VOLUME = Pattern.compile("(?i)\\bvolume\\s+(\\d[\\w.-]*)");
    private static final Pattern ISSUE = Pattern.compile("(?i)\\bissue\\s+([\\w.-]+)");
    private static final Pattern PAGES = Pattern.compile("(?i)\\b(?:pp\\.?|pages?)\\s+(\\w+)(?:\\s*[–—-]\\s*(\\w+))?");
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("(?i)\\barticle(?:\\s+number|\\s+no\\.?)\\s*:?\\s*(\\w+)");
    private static final Pattern YEAR = Pattern.compile("\\(((?:19|20)\\d{2})\\)");
    private static final Pattern JOURNAL_BEFORE_VOLUME = Pattern.compile("(?i)^(.*?)[\\s,]*\\bvolume\\b.*");

    String journal;
    String volume;
    String issue;
    PageRange pages;
    String year;
    String title;
    List<Author> authors = List.of();
    final List<String> body = new ArrayList<>();

    PageHead(List<String> lines) {
        int volumeLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (VOLUME.matcher(Text.collapse(lines.get(i))).find()) {
                volumeLine = i;
                readVolumeLine(lines, i);
                break;
            }
        }
        int titleLine = -1;
        for (int i = 0; i < lines.size() && titleLine < 0; i++) {
            boolean journalLine = journal != null && i < volumeLine && Text.key(lines.get(i)).equals(Text.key(journal));
            if (i != volumeLine && !journalLine && AuthorNames.parse(lines.get(i)).isEmpty()
                    && ReferenceListReader.numbered(lines.get(i)) == null) {
                titleLine = i;
                title = Text.collapse(lines.get(i));
            }
        }
        for (int i = titleLine + 1; i < lines.size(); i++) {
            if (i == volumeLine) {
                continue;
            }
            List<Author> named = authors.isEmpty() && i <= titleLine + 2 ? AuthorNames.parse(lines.get(i)) : List.of();
            if (!named.isEmpty()) {
                authors = named;
            } else if (titleLine >= 0) {
                body.add(lines.get(i));
            }
        }
    }

    private void readVolumeLine(List<String> lines, int index) {
        String line = Text.collapse(lines.get(index));
        volume = group(VOLUME, line);
        issue = group(ISSUE, line);
        Matcher pagesMatch = PAGES.matcher(line);
        if (pagesMatch.find()) {
            pages = new PageRange(pagesMatch.group(1), pagesMatch.group(2));
        } else if (group(ARTICLE_NUMBER, line) != null) {
            pages = new PageRange(group(ARTICLE_NUMBER, line), null);
        }
        year = group(YEAR, line);
        Matcher before = JOURNAL_BEFORE_VOLUME.matcher(line);
        String prefix = before.matches() ? before.group(1).replaceAll("[\\s,|]+$", "").strip() : "";
        if (!prefix.isEmpty()) {
            journal = prefix;
        } else if (index > 0) {
            journal = Text.collapse(lines.get(index - 1));
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
