package org.scholarlod.synthetic;

import static org.scholarlod.synthetic.JatsWriter.element;

import com.fasterxml.jackson.databind.JsonNode;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A generated article's ref-list: a reference with the depositor's fields or only a DOI becomes an
 * {@code element-citation}, one with printed text a {@code mixed-citation} (its DOI, if any, as a pub-id).
 */
final class JatsReferences {
    private JatsReferences() {}

    static void write(XMLStreamWriter x, JsonNode references) throws XMLStreamException {
        x.writeStartElement("ref-list");
        element(x, "title", "References");
        for (JsonNode ref : references) {
            x.writeStartElement("ref");
            x.writeAttribute("id", ref.path("key").asText());
            if (ref.has("unstructured")) {
                x.writeStartElement("mixed-citation");
                x.writeAttribute("publication-type", "journal");
                x.writeCharacters(ref.path("unstructured").asText());
                doi(x, ref);
            } else {
                x.writeStartElement("element-citation");
                x.writeAttribute("publication-type", "journal");
                if (ref.has("author")) {
                    String author = ref.path("author").asText();
                    int space = author.lastIndexOf(' ');
                    x.writeStartElement("person-group");
                    x.writeAttribute("person-group-type", "author");
                    x.writeStartElement("name");
                    element(x, "surname", space > 0 ? author.substring(0, space) : author);
                    element(x, "given-names", space > 0 ? author.substring(space + 1) : null);
                    x.writeEndElement();
                    x.writeEndElement();
                }
                element(x, "year", ref.path("year").asText(null));
                element(x, "article-title", ref.path("article-title").asText(null));
                element(x, "source", ref.path("journal-title").asText(null));
                element(x, "volume", ref.path("volume").asText(null));
                element(x, "fpage", ref.path("first-page").asText(null));
                doi(x, ref);
            }
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void doi(XMLStreamWriter x, JsonNode ref) throws XMLStreamException {
        if (ref.has("DOI")) {
            x.writeStartElement("pub-id");
            x.writeAttribute("pub-id-type", "doi");
            x.writeCharacters(ref.path("DOI").asText());
            x.writeEndElement();
        }
    }
}
