package org.scholarlod.synthetic;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The printed text of a generated reference, for formats that print every reference: its own unstructured text,
 * else its depositor fields set in APA order, followed by its DOI as a link where it has one.
 */
final class PrintedReference {
    private PrintedReference() {}

    static String text(JsonNode reference) {
        String printed = "";
        if (reference.has("unstructured")) {
            printed = reference.path("unstructured").asText();
        } else if (reference.has("article-title")) {
            String author = reference.path("author").asText();
            int space = author.lastIndexOf(' ');
            printed = (space < 0 ? author : author.substring(0, space) + ", " + author.substring(space + 1) + ".")
                    + " (" + reference.path("year").asText() + "). "
                    + reference.path("article-title").asText() + ". "
                    + reference.path("journal-title").asText() + ", "
                    + reference.path("volume").asText() + ", "
                    + reference.path("first-page").asText() + ".";
        }
        if (!reference.has("DOI")) {
            return printed;
        }
        String link = "https://doi.org/" + reference.path("DOI").asText();
        return printed.isEmpty() ? link : printed + " " + link;
    }
}
