package org.scholarlod.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Fabio;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.GraphLookup;

/**
 * The schema.org JSON-LD a page embeds ({@code ScholarlyArticle}, {@code Person}, {@code Organization}), so that
 * search engines and reference managers pick the page up; null for other kinds of resource.
 */
final class SchemaOrg {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaOrg() {}

    static String of(Node resource, Graph description) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("@context", "https://schema.org");
        json.put("@id", resource.getURI());
        if (description.contains(resource, RDF.Nodes.type, Fabio.JournalArticle)) {
            json.put("@type", "ScholarlyArticle");
            put(json, "headline", text(description, resource, Dct.title));
            put(json, "name", text(description, resource, Dct.title));
            put(json, "abstract", text(description, resource, Dct.abstract_));
            put(json, "datePublished", text(description, resource, Dct.issued));
            put(json, "identifier", text(description, resource, Dct.identifier));
            description
                    .find(resource, OWL.sameAs.asNode(), Node.ANY)
                    .forEachRemaining(t -> json.put("sameAs", t.getObject().getURI()));
            ArrayNode authors = json.putArray("author");
            description.find(resource, Dct.creator, Node.ANY).forEachRemaining(t -> {
                ObjectNode author = authors.addObject();
                author.put("@type", "Person");
                author.put("@id", t.getObject().getURI());
                put(author, "name", text(description, t.getObject(), Foaf.name));
            });
        } else if (description.contains(resource, RDF.Nodes.type, Foaf.Person)) {
            json.put("@type", "Person");
            put(json, "name", text(description, resource, Foaf.name));
            put(json, "givenName", text(description, resource, Foaf.givenName));
            put(json, "familyName", text(description, resource, Foaf.familyName));
        } else if (description.contains(resource, RDF.Nodes.type, Foaf.Organization)) {
            json.put("@type", "Organization");
            put(json, "name", text(description, resource, Foaf.name));
        } else {
            return null;
        }
        // Inside <script>, "</script>" would end the element: "<" is written as its JSON escape.
        return json.toPrettyString().replace("<", "\\u003c");
    }

    private static void put(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    private static String text(Graph graph, Node subject, Node predicate) {
        return GraphLookup.text(graph, subject, predicate);
    }
}
