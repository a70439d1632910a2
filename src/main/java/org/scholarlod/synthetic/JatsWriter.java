package org.scholarlod.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a generated work as the JATS 1.3 article a publisher would deposit with PMC: journal-meta and
 * article-meta, affiliations by {@code xref}, ORCID and ROR identifiers, funding groups, and a ref-list of
 * {@code element-citation}s (a DOI, the depositor's fields) and {@code mixed-citation}s (the printed text).
 */
public final class JatsWriter {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private JatsWriter() {}

    /** Whether the work is one JATS describes: a journal article (chapters and proceedings are not). */
    public static boolean writes(JsonNode work) {
        return "journal-article".equals(work.path("type").asText());
    }

    /** The work, a Crossref-shaped journal article from {@link SyntheticCatalogue#work}, as a JATS document. */
    public static String article(JsonNode work) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeDTD(
                    "\n<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN\" "
                            + "\"JATS-journalpublishing1-3.dtd\">\n");
            x.writeStartElement("article");
            x.writeNamespace("xlink", "http://www.w3.org/1999/xlink");
            x.writeAttribute("article-type", "research-article");
            x.writeAttribute("dtd-version", "1.3");
            x.writeStartElement("front");
            journalMeta(x, work);
            articleMeta(x, work);
            x.writeEndElement();
            x.writeStartElement("back");
            JatsReferences.write(x, work.path("reference"));
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(
                    "cannot write JATS for " + work.path("DOI").asText(), e);
        }
        return text.toString();
    }

    private static void journalMeta(XMLStreamWriter x, JsonNode work) throws XMLStreamException {
        x.writeStartElement("journal-meta");
        x.writeStartElement("journal-title-group");
        element(x, "journal-title", work.path("container-title").path(0).asText("Synthetic Preprints"));
        x.writeEndElement();
        for (JsonNode issn : work.path("issn-type")) {
            x.writeStartElement("issn");
            x.writeAttribute("pub-type", "print".equals(issn.path("type").asText()) ? "ppub" : "epub");
            x.writeCharacters(issn.path("value").asText());
            x.writeEndElement();
        }
        x.writeStartElement("publisher");
        element(x, "publisher-name", work.path("publisher").asText());
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void articleMeta(XMLStreamWriter x, JsonNode work) throws XMLStreamException {
        x.writeStartElement("article-meta");
        x.writeStartElement("article-id");
        x.writeAttribute("pub-id-type", "doi");
        x.writeCharacters(work.path("DOI").asText());
        x.writeEndElement();
        x.writeStartElement("article-categories");
        for (JsonNode subject : work.path("subject")) {
            x.writeStartElement("subj-group");
            x.writeAttribute("subj-group-type", "heading");
            element(x, "subject", subject.asText());
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeStartElement("title-group");
        element(x, "article-title", work.path("title").path(0).asText());
        x.writeEndElement();
        JatsContributors.write(x, work.path("author"));
        date(x, "collection", work.path("issued").path("date-parts").path(0));
        if (work.has("published-online")) {
            date(x, "epub", work.path("published-online").path("date-parts").path(0));
        }
        element(x, "volume", work.path("volume").asText(null));
        element(x, "issue", work.path("issue").asText(null));
        String page = work.path("page").asText(null);
        if (page != null) {
            element(x, "fpage", page.substring(0, page.indexOf('-')));
            element(x, "lpage", page.substring(page.indexOf('-') + 1));
        }
        element(x, "elocation-id", work.path("article-number").asText(null));
        for (JsonNode license : work.path("license")) {
            x.writeStartElement("permissions");
            x.writeStartElement("license");
            x.writeAttribute(
                    "xlink",
                    "http://www.w3.org/1999/xlink",
                    "href",
                    license.path("URL").asText());
            element(
                    x,
                    "license-p",
                    "Distributed under the licence at " + license.path("URL").asText() + ".");
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeStartElement("abstract");
        element(x, "p", work.path("abstract").asText().replaceAll("</?jats:p>", ""));
        x.writeEndElement();
        JatsContributors.funding(x, work.path("funder"));
        x.writeEndElement();
    }

    private static void date(XMLStreamWriter x, String type, JsonNode parts) throws XMLStreamException {
        x.writeStartElement("pub-date");
        x.writeAttribute("pub-type", type);
        if (parts.size() > 2) {
            element(x, "day", parts.path(2).asText());
        }
        if (parts.size() > 1) {
            element(x, "month", parts.path(1).asText());
        }
        element(x, "year", parts.path(0).asText());
        x.writeEndElement();
    }

    /** An element with text, or nothing when the text is null. */
    static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        if (text != null) {
            x.writeStartElement(name);
            x.writeCharacters(text);
            x.writeEndElement();
        }
    }
}
