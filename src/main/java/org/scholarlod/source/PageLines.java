package org.scholarlod.source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A landing page's lines grouped by section, with the site's navigation and metrics lines set apart. */
final class PageLines {
    private static final Pattern CHROME = Pattern.compile("(?i)^(?:skip to main content|advertisement|springerlink"
            + "|log in|search|go|cart|menu|find a journal|publish with us|track your research|download pdf"
            + "|\\|?\\s*cite as|cite this article|open access|original paper|original article|research article"
            + "|review article|article|aims and scope|submit manuscript|home\\b.*|metrics details|explore all metrics"
            + "|[\\d.,]+k?\\s+(?:accesses|citations|altmetric|downloads|mentions)"
            + "|you have full access to this open access article)$");

    private static final Pattern SPACES = Pattern.compile("[\\s&&[^\u00A0]]+");

    private final Map<PageSection, List<String>> sections = new EnumMap<>(PageSection.class);

    PageLines(String text) {
        List<String> target = new ArrayList<>();
        sections.put(PageSection.HEAD, target);
        for (String line : text.split("\n", -1)) {
            PageSection heading = PageSection.ofHeading(line);
            if (heading == PageSection.END) {
                break;
            }
            if (heading != null) {
                // A section seen again (the newer layout repeats "Keywords" under "About this article") is dropped.
                target = new ArrayList<>();
                sections.putIfAbsent(heading, target);
                continue;
            }
            target.add(line);
        }
    }

    /** The lines of the first occurrence of a section, as printed; empty when the page lacks it. */
    List<String> raw(PageSection section) {
        return sections.getOrDefault(section, List.of());
    }

    /**
     * The section's non-blank lines, trimmed, without navigation and metrics lines. NO-BREAK SPACE is kept:
     * it separates keywords on some pages.
     */
    List<String> content(PageSection section) {
        List<String> lines = new ArrayList<>();
        for (String line : raw(section)) {
            String text = SPACES.matcher(line.strip()).replaceAll(" ");
            if (!text.isEmpty() && !isChrome(text)) {
                lines.add(text);
            }
        }
        return lines;
    }

    boolean has(PageSection section) {
        return !content(section).isEmpty();
    }

    static boolean isChrome(String collapsedLine) {
        String text = Text.collapse(collapsedLine);
        return CHROME.matcher(text).matches() || text.startsWith("Published:");
    }
}
