package org.scholarlod.synthetic;

import static org.scholarlod.synthetic.JatsWriter.element;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The contrib-group (authors, their ORCID iDs, affiliations by xref) and funding-group of a generated JATS article. */
final class JatsContributors {
    private JatsContributors() {}

    static void write(XMLStreamWriter x, JsonNode authors) throws XMLStreamException {
        Map<String, JsonNode> affiliations = new LinkedHashMap<>();
        x.writeStartElement("contrib-group");
        for (JsonNode author : authors) {
            x.writeStartElement("contrib");
            x.writeAttribute("contrib-type", "author");
            if (author.has("ORCID")) {
                x.writeStartElement("contrib-id");
                x.writeAttribute("contrib-id-type", "orcid");
                x.writeAttribute(
                        "authenticated", author.path("authenticated-orcid").asBoolean() ? "true" : "false");
                x.writeCharacters(author.path("ORCID").asText());
                x.writeEndElement();
            }
            x.writeStartElement("name");
            element(x, "surname", author.path("family").asText());
            element(x, "given-names", author.path("given").asText());
            x.writeEndElement();
            for (JsonNode affiliation : author.path("affiliation")) {
                String name = affiliation.path("name").asText();
                affiliations.putIfAbsent(name, affiliation);
                x.writeStartElement("xref");
                x.writeAttribute("ref-type", "aff");
                x.writeAttribute("rid", "aff" + (indexOf(affiliations, name) + 1));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        int n = 0;
        for (JsonNode affiliation : affiliations.values()) {
            x.writeStartElement("aff");
            x.writeAttribute("id", "aff" + ++n);
            x.writeStartElement("institution-wrap");
            for (JsonNode id : affiliation.path("id")) {
                x.writeStartElement("institution-id");
                x.writeAttribute("institution-id-type", "ror");
                x.writeCharacters(id.path("id").asText());
                x.writeEndElement();
            }
            element(x, "institution", affiliation.path("name").asText());
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    static void funding(XMLStreamWriter x, JsonNode funders) throws XMLStreamException {
        if (funders.isEmpty()) {
            return;
        }
        x.writeStartElement("funding-group");
        int n = 0;
        for (JsonNode funder : funders) {
            for (JsonNode award : funder.path("award")) {
                x.writeStartElement("award-group");
                x.writeAttribute("id", "fund" + ++n);
                x.writeStartElement("funding-source");
                x.writeStartElement("institution-wrap");
                x.writeStartElement("institution-id");
                x.writeAttribute("institution-id-type", "FundRef");
                x.writeCharacters("https://doi.org/" + funder.path("DOI").asText());
                x.writeEndElement();
                element(x, "institution", funder.path("name").asText());
                x.writeEndElement();
                x.writeEndElement();
                element(x, "award-id", award.asText());
                x.writeEndElement();
            }
        }
        x.writeEndElement();
    }

    private static int indexOf(Map<String, JsonNode> map, String key) {
        int i = 0;
        for (String k : map.keySet()) {
            if (k.equals(key)) {
                return i;
            }
            i++;
        }
        return -1;
    }
}
