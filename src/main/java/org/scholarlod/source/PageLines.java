package org.scholarlod.source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A landing page's lines grouped by section, with the site's navigation, status and metrics lines set apart
 * (they are never facts about the article), and whether the page carries the marks of a landing page.
 */
final class PageLines {
    private static final Pattern CHROME = Pattern.compile("(?i)^(?:skip to main content|advertisement|springerlink"
            + "|springer nature link|springer link|log in|account|search|go|cart|menu|find a journal|publish with us"
            + "|track your research|find a journal publish with us track your research|download pdf"
            + "|download (?:article|chapter|book) (?:pdf|epub)|\\|?\\s*cite as|cite this (?:article|chapter|paper)(?: as:?)?"
            + "|cite article|how to cite\\??|open access|original paper"
            + "|original article|research article|regular article|review article|review paper|article|chapter"
            + "|conference paper|brief communication|short communication|authors|email author|aims and scope"
            + "|submit manuscript"
            + "|home|home\\s*[›>/»|].*|home\\s.*\\s(?:article|chapter)|metrics details|explore all metrics|crossmark"
            + "|download citation|reprints and permissions"
            + "|\\.ris.*|\\.enw.*|\\.bib.*|download references|show all references"
            + "|[\\d.,]+k?\\s+(?:accesses|citations|altmetric|downloads|mentions|readers)"
            + "|you have full access to this open access (?:article|chapter)"
            + "|this is a preview of subscription content.*|unable to display preview\\..*"
            + "|(?:published|first online|received|revised|accepted|issue date)\\s*:.*)$");
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^\\[?\\d{1,3}[.\\]]\\s*");
    private static final Pattern TOPICAL_COLLECTIONS =
            Pattern.compile("(?i)^part of the following topical collections?:?$");

    private final Map<PageSection, List<PageLine>> sections = new EnumMap<>(PageSection.class);
    private boolean headedMarks;

    PageLines(String text) {
        List<PageLine> target = new ArrayList<>();
        sections.put(PageSection.HEAD, target);
        String previous = "";
        boolean breadcrumb = false;
        boolean collections = false;
        for (String raw : text.split("\n", -1)) {
            PageLine line = PageLine.of(raw);
            if (line.isBlank()) {
                target.add(line);
                continue;
            }
            String bare = NUMBER_PREFIX.matcher(line.text()).replaceFirst("");
            // The breadcrumb ("1. Home 2. Journal 3. Article") and the topical collections a page lists are
            // navigation, even where they are numbered or bulleted like content.
            breadcrumb = bare.equalsIgnoreCase("home")
                    || breadcrumb && bare.length() < line.text().length();
            collections = TOPICAL_COLLECTIONS.matcher(line.text()).matches() || collections && line.bulleted();
            if (breadcrumb || collections) {
                target.add(new PageLine("", false, 0));
                previous = line.text();
                continue;
            }
            PageSection heading = PageSection.ofHeading(line.text());
            // "Authors" then "Authors and affiliations" are the older layout's tab labels, not the section.
            if (heading == PageSection.AFFILIATIONS && previous.equalsIgnoreCase("authors")) {
                heading = null;
                line = new PageLine("Authors", false, 0);
            }
            previous = line.text();
            if (heading == PageSection.END) {
                break;
            }
            if (heading != null) {
                headedMarks |= heading.marksLandingPage();
                // A section seen again (the newer layout repeats "Keywords" under "About this article") is dropped,
                // unless nothing came under it yet ("Editor information", then "Editors and Affiliations").
                List<PageLine> seen = sections.get(heading);
                target = seen != null && seen.stream().allMatch(PageLine::isBlank) ? seen : new ArrayList<>();
                sections.putIfAbsent(heading, target);
                continue;
            }
            target.add(line);
        }
    }

    /** The lines of the first occurrence of a section, blank lines included; empty when the page lacks it. */
    List<PageLine> lines(PageSection section) {
        return sections.getOrDefault(section, List.of());
    }

    /** The section's non-blank lines that are not navigation, status or metrics lines. */
    List<String> content(PageSection section) {
        List<String> lines = new ArrayList<>();
        for (PageLine line : lines(section)) {
            if (!line.isBlank() && !isChrome(line.text())) {
                lines.add(line.text());
            }
        }
        return lines;
    }

    /** True when a heading only a landing page has was seen ("About this article", "Authors and Affiliations"). */
    boolean hasLandingPageHeading() {
        return headedMarks;
    }

    static boolean isChrome(String line) {
        return CHROME.matcher(Text.collapse(line).toLowerCase(Locale.ROOT)).matches();
    }
}
