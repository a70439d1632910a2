package org.scholarlod.skgif;

import static org.scholarlod.skgif.EntityDocuments.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.Cito;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Fabio;
import org.scholarlod.rdf.Frapo;
import org.scholarlod.rdf.Frbr;
import org.scholarlod.rdf.GraphLookup;
import org.scholarlod.rdf.Prism;
import org.scholarlod.rdf.Pro;

/**
 * A product (an article or a cited work) as SKG-IF writes one: titles, abstracts, identifiers, topics,
 * contributions in rank order with declared affiliations, one manifestation (its FaBiO type, publication dates,
 * volume, issue, pages and journal), funding and the works it cites.
 */
final class ProductDocument {
    /**
     * SKG-IF types every date {@code xsd:dateTime}: a date known to the day is written as that day's start, with
     * no time zone, as OpenCitations' own SKG-IF data writes them; a year or month alone is left out, since a
     * dateTime would invent the day.
     */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final EntityDocuments documents;
    private final Graph graph;

    ProductDocument(EntityDocuments documents) {
        this.documents = documents;
        this.graph = documents.graph;
    }

    /** The short form: what a list of cited works needs to show each one without another call. */
    ObjectNode brief(Node work) {
        ObjectNode object = documents.entity(work, "product", EntityType.PRODUCT);
        object.put("product_type", productType(work));
        languageMap(object, "titles", work, Dct.title);
        documents.identifiers(object, work);
        return object;
    }

    ObjectNode full(Node work) {
        ObjectNode object = brief(work);
        languageMap(object, "abstracts", work, Dct.abstract_);
        ArrayNode topics = JSON.arrayNode();
        GraphLookup.objects(graph, work, Dct.subject).stream()
                .filter(Node::isURI)
                .forEach(t -> topics.add(JSON.objectNode().set("term", documents.topic(t))));
        setIfAny(object, "topics", topics);
        setIfAny(object, "contributions", contributions(work));
        object.set("manifestations", JSON.arrayNode().add(manifestation(work)));
        ArrayNode funding = JSON.arrayNode();
        GraphLookup.objects(graph, work, Frapo.isFundedBy).stream()
                .filter(Node::isURI)
                .forEach(g -> funding.add(documents.grant(g)));
        setIfAny(object, "funding", funding);
        ObjectNode related = JSON.objectNode();
        ArrayNode cites = JSON.arrayNode();
        GraphLookup.objects(graph, work, Cito.cites).stream()
                .filter(Node::isURI)
                .distinct()
                .forEach(c -> cites.add(brief(c)));
        setIfAny(related, "cites", cites);
        Node book = GraphLookup.object(graph, work, Frbr.partOf);
        if (book != null && graph.contains(book, RDF.Nodes.type, Fabio.Book)) {
            related.putArray("is_part_of").add(brief(book));
        }
        setIfAny(object, "related_products", related);
        return object;
    }

    private ArrayNode contributions(Node work) {
        ArrayNode contributions = JSON.arrayNode();
        List<Node> roles = GraphLookup.objects(graph, work, Pro.isDocumentContextFor);
        for (Node role : List.of(Pro.author, Pro.editor)) {
            List<Node> held = roles.stream()
                    .filter(r -> graph.contains(r, Pro.withRole, role))
                    .toList();
            int rank = 0;
            for (Node r : GraphLookup.inOrder(graph, held)) {
                Node agent = GraphLookup.object(graph, r, Pro.isHeldBy);
                if (agent == null || !agent.isURI()) {
                    continue;
                }
                ObjectNode contribution = JSON.objectNode();
                contribution.set("by", documents.agent(agent));
                ArrayNode affiliations = JSON.arrayNode();
                GraphLookup.objects(graph, r, Pro.relatesToOrganization).stream()
                        .filter(Node::isURI)
                        .forEach(o -> affiliations.add(documents.organisation(o)));
                setIfAny(contribution, "declared_affiliations", affiliations);
                contribution.put("rank", ++rank);
                contribution.put("role", role.getLocalName());
                contributions.add(contribution);
            }
        }
        Node publisher = GraphLookup.object(graph, work, Dct.publisher);
        if (publisher != null && publisher.isURI()) {
            contributions.add(JSON.objectNode().put("role", "publisher").set("by", documents.organisation(publisher)));
        }
        return contributions;
    }

    private ObjectNode manifestation(Node work) {
        ObjectNode manifestation = JSON.objectNode();
        Node kind = kind(work);
        ObjectNode type = manifestation.putObject("type");
        type.put("class", kind.getURI());
        type.putObject("labels").put("en", label(kind));
        type.put("defined_in", Fabio.NS.substring(0, Fabio.NS.length() - 1));
        TreeSet<String> days = new TreeSet<>();
        day(GraphLookup.object(graph, work, Dct.issued), days);
        for (Node embodiment : GraphLookup.objects(graph, work, Frbr.embodiment)) {
            day(GraphLookup.object(graph, embodiment, Prism.publicationDate), days);
        }
        if (!days.isEmpty()) {
            ArrayNode publication = manifestation.putObject("dates").putArray("publication");
            days.forEach(d -> publication.add(d + "T00:00:00"));
        }
        Node license = GraphLookup.object(graph, work, Dct.license);
        if (license != null && license.isURI()) {
            manifestation.put("license", license.getURI());
        }
        ObjectNode biblio = JSON.objectNode();
        documents.text(biblio, "volume", work, Prism.volume);
        documents.text(biblio, "issue", work, Prism.issueIdentifier);
        documents.text(biblio, "edition", work, Prism.edition);
        String first = GraphLookup.text(graph, work, Prism.startingPage);
        String last = GraphLookup.text(graph, work, Prism.endingPage);
        if (first != null && last != null) {
            biblio.putObject("pages").put("first", first).put("last", last);
        }
        Node journal = journal(work);
        if (journal != null) {
            biblio.set("in", documents.venue(journal));
        }
        setIfAny(manifestation, "biblio", biblio);
        return manifestation;
    }

    /** {@code literature}, {@code research data} or {@code other}, by the work's FaBiO class. */
    private String productType(Node work) {
        Node kind = kind(work);
        if (kind.equals(Fabio.DataFile)) {
            return "research data";
        }
        return Filters.isLiterature(kind.getLocalName()) ? "literature" : "other";
    }

    /** The work's most specific FaBiO class ({@code fabio:Expression} when it has no other). */
    private Node kind(Node work) {
        return GraphLookup.objects(graph, work, RDF.Nodes.type).stream()
                .filter(t -> t.isURI() && t.getURI().startsWith(Fabio.NS) && !t.equals(Fabio.Expression))
                .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .findFirst()
                .orElse(Fabio.Expression);
    }

    /** "JournalArticle" → "journal article". */
    private static String label(Node kind) {
        return kind.getLocalName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** The journal the work is in, through its issue and volume. */
    private Node journal(Node work) {
        List<Node> seen = new ArrayList<>();
        for (Node node = GraphLookup.object(graph, work, Frbr.partOf);
                node != null && seen.size() < 4;
                node = GraphLookup.object(graph, node, Frbr.partOf)) {
            if (graph.contains(node, RDF.Nodes.type, Fabio.Journal)) {
                return node;
            }
            seen.add(node);
        }
        return null;
    }

    private static void day(Node date, TreeSet<String> days) {
        if (date != null
                && date.isLiteral()
                && DAY.matcher(date.getLiteralLexicalForm()).matches()) {
            days.add(date.getLiteralLexicalForm());
        }
    }

    private void languageMap(ObjectNode object, String field, Node subject, Node predicate) {
        ObjectNode map = JSON.objectNode();
        for (Node text : GraphLookup.objects(graph, subject, predicate)) {
            if (text.isLiteral()) {
                ArrayNode values = map.has(EntityDocuments.language(text))
                        ? (ArrayNode) map.get(EntityDocuments.language(text))
                        : map.putArray(EntityDocuments.language(text));
                values.add(text.getLiteralLexicalForm());
            }
        }
        setIfAny(object, field, map);
    }

    private static void setIfAny(ObjectNode object, String field, com.fasterxml.jackson.databind.JsonNode value) {
        if (!value.isEmpty()) {
            object.set(field, value);
        }
    }
}
