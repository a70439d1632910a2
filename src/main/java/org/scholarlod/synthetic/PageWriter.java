package org.scholarlod.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a generated journal article as the text of its Springer Link landing page in the newer layout, as a
 * browser's "select all, copy" gives it: status lines, the author line with ORCID marks and affiliation numbers,
 * the volume line, headed sections, references with their badges, "Authors and Affiliations" and "About this
 * article". What such a page does not show (the issue number, ISSNs, licences, ROR and funder identifiers) is
 * left out, as it would be.
 */
public final class PageWriter {
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    private PageWriter() {}

    /** The work, a Crossref-shaped journal article from {@link SyntheticCatalogue#work}, as landing-page text. */
    public static String article(JsonNode work) {
        StringBuilder page = new StringBuilder("Skip to main content\nAdvertisement\nSpringerLink\nLog in\n");
        JsonNode online = work.path("published-online").path("date-parts").path(0);
        if (online.size() == 3) {
            page.append("Published: ").append(day(online)).append('\n');
        }
        page.append(work.path("title").path(0).asText()).append('\n');
        Map<String, Integer> affiliations = affiliationNumbers(work.path("author"));
        page.append(authorLine(work.path("author"), affiliations)).append('\n');
        page.append(volumeLine(work)).append("Cite this article\n");
        page.append("Abstract\n")
                .append(work.path("abstract").asText().replaceAll("<[^>]+>", ""))
                .append('\n');
        page.append("References\n");
        for (JsonNode reference : work.path("reference")) {
            page.append(PrintedReference.text(reference)).append('\n');
            page.append(reference.has("DOI") ? "Article \n" : "").append("Google Scholar \n");
        }
        page.append("Download references\n");
        List<String> grants = grants(work.path("funder"));
        if (!grants.isEmpty()) {
            page.append("Funding\n")
                    .append("This research was funded by ")
                    .append(String.join("; ", grants))
                    .append(".\n");
        }
        page.append("Author information\nAuthors and Affiliations\n");
        for (String affiliation : affiliations.keySet()) {
            page.append(affiliation).append('\n');
            for (JsonNode author : work.path("author")) {
                if (names(author).contains(affiliation)) {
                    page.append(name(author)).append('\n');
                }
            }
        }
        page.append("About this article\nCite this article\n")
                .append(citation(work))
                .append('\n');
        if (online.size() == 3) {
            page.append("Published\n").append(day(online)).append('\n');
        }
        JsonNode issued = work.path("issued").path("date-parts").path(0);
        page.append("Issue Date\n")
                .append(issued.size() > 1 ? MONTHS[issued.path(1).asInt() - 1] + " " : "")
                .append(issued.path(0).asText())
                .append('\n');
        page.append("DOI\nhttps://doi.org/").append(work.path("DOI").asText()).append('\n');
        return page.toString();
    }

    private static Map<String, Integer> affiliationNumbers(JsonNode authors) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (JsonNode author : authors) {
            for (String name : names(author)) {
                numbers.putIfAbsent(name, numbers.size() + 1);
            }
        }
        return numbers;
    }

    private static List<String> names(JsonNode author) {
        List<String> names = new ArrayList<>();
        author.path("affiliation")
                .forEach(affiliation -> names.add(affiliation.path("name").asText()));
        return names;
    }

    /** {@code Maria Rossi  ORCID: orcid.org/0000-… 1, Jan de Vries2 & Akira Tanaka1,3 }, as the page prints it. */
    private static String authorLine(JsonNode authors, Map<String, Integer> affiliations) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < authors.size(); i++) {
            JsonNode author = authors.path(i);
            line.append(i == 0 ? "" : i == authors.size() - 1 ? " & " : ", ").append(name(author));
            String orcid = author.path("ORCID").asText(null);
            if (orcid != null) {
                line.append("  ORCID: ")
                        .append(orcid.replaceFirst("^https?://", ""))
                        .append(' ');
            }
            line.append(String.join(
                    ",",
                    names(author).stream()
                            .map(a -> affiliations.get(a).toString())
                            .toList()));
        }
        return line.append(' ').toString();
    }

    private static String name(JsonNode author) {
        return author.has("family")
                ? author.path("given").asText() + " " + author.path("family").asText()
                : author.path("name").asText();
    }

    private static String volumeLine(JsonNode work) {
        String page = work.path("page").asText(null);
        String number = work.path("article-number").asText(null);
        return work.path("container-title").path(0).asText() + " volume "
                + work.path("volume").asText()
                + (page != null
                        ? ", pages " + page.replace('-', '–')
                        : number != null ? ", Article number: " + number : "")
                + " (" + work.path("issued").path("date-parts").path(0).path(0).asText() + ")";
    }

    private static List<String> grants(JsonNode funders) {
        List<String> grants = new ArrayList<>();
        for (JsonNode funder : funders) {
            List<String> awards = new ArrayList<>();
            funder.path("award").forEach(award -> awards.add(award.asText()));
            grants.add(funder.path("name").asText()
                    + (awards.isEmpty() ? "" : " under grant " + String.join(" and ", awards)));
        }
        return grants;
    }

    /** Springer's own citation: {@code Rossi, M. & Tanaka, A. Title. Journal 126, 2911–2934 (2021). https://doi.org/…}. */
    private static String citation(JsonNode work) {
        List<String> names = new ArrayList<>();
        for (JsonNode author : work.path("author")) {
            names.add(
                    author.has("family")
                            ? author.path("family").asText() + ", "
                                    + author.path("given").asText().charAt(0) + "."
                            : author.path("name").asText());
        }
        String authors = names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " & " + names.get(names.size() - 1);
        String page = work.path("page").asText(work.path("article-number").asText(""));
        return authors + " " + work.path("title").path(0).asText() + ". "
                + work.path("container-title").path(0).asText()
                + " " + work.path("volume").asText() + (page.isEmpty() ? "" : ", " + page.replace('-', '–')) + " ("
                + work.path("issued").path("date-parts").path(0).path(0).asText() + "). https://doi.org/"
                + work.path("DOI").asText();
    }

    private static String day(JsonNode parts) {
        return String.format(
                Locale.ROOT,
                "%02d %s %d",
                parts.path(2).asInt(),
                MONTHS[parts.path(1).asInt() - 1],
                parts.path(0).asInt());
    }
}
