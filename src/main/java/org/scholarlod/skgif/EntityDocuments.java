package org.scholarlod.skgif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.Datacite;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Fabio;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Frapo;
import org.scholarlod.rdf.GraphLookup;
import org.scholarlod.rdf.LiteralReification;
import org.scholarlod.rdf.Pro;
import org.scholarlod.rdf.Skos;

/**
 * Persons, organisations, grants, venues and topics as SKG-IF objects, read from the graph: in full for their
 * own API answer, or as the short form a product embeds. Every entity written is remembered, so that the
 * answer can list each one's API link ({@code meta.api_items}).
 */
public final class EntityDocuments {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** How many organisations a person's answer lists from the roles the person held. */
    static final int AFFILIATIONS = 100;
    /** Identifier schemes that the SKG-IF context names, as our {@code datacite:} schemes are spelled. */
    private static final Set<String> SCHEMES =
            Set.of("doi", "orcid", "ror", "issn", "eissn", "isbn", "pmid", "pmcid", "arxiv", "url", "handle");

    private static final String FUNDER_DOI = "10.13039/";

    final Graph graph;
    private final Map<Node, EntityType> linked = new LinkedHashMap<>();

    public EntityDocuments(Graph graph) {
        this.graph = graph;
    }

    /** Every entity written so far, with its type, in the order written. */
    public Map<Node, EntityType> linked() {
        return linked;
    }

    /** The entity in full, as its own API answer gives it. */
    public ObjectNode full(EntityType type, Node entity) {
        return switch (type) {
            case PRODUCT -> new ProductDocument(this).full(entity);
            case PERSON -> person(entity, true);
            case ORGANISATION -> organisation(entity);
            case GRANT -> grant(entity);
            case VENUE -> venue(entity);
            case TOPIC -> topic(entity);
        };
    }

    /** Whoever a role is held by: a person, an organisation, or an agent otherwise. */
    ObjectNode agent(Node agent) {
        if (graph.contains(agent, RDF.Nodes.type, Foaf.Person)) {
            return person(agent, false);
        }
        if (graph.contains(agent, RDF.Nodes.type, Foaf.Organization)) {
            return organisation(agent);
        }
        ObjectNode object = entity(agent, "agent", null);
        text(object, "name", agent, Foaf.name);
        return object;
    }

    ObjectNode person(Node person, boolean withAffiliations) {
        ObjectNode object = entity(person, "person", EntityType.PERSON);
        identifiers(object, person);
        text(object, "given_name", person, Foaf.givenName);
        text(object, "family_name", person, Foaf.familyName);
        text(object, "name", person, Foaf.name);
        if (withAffiliations) {
            Set<Node> organisations = new LinkedHashSet<>();
            for (var held = graph.find(Node.ANY, Pro.isHeldBy, person);
                    held.hasNext() && organisations.size() < AFFILIATIONS; ) {
                organisations.addAll(GraphLookup.objects(graph, held.next().getSubject(), Pro.relatesToOrganization));
            }
            ArrayNode affiliations = JSON.arrayNode();
            organisations.forEach(o ->
                    affiliations.add(JSON.objectNode().put("role", "affiliate").set("affiliation", organisation(o))));
            if (!affiliations.isEmpty()) {
                object.set("affiliations", affiliations);
            }
        }
        return object;
    }

    ObjectNode organisation(Node organisation) {
        ObjectNode object = entity(organisation, "organisation", EntityType.ORGANISATION);
        identifiers(object, organisation);
        text(object, "name", organisation, Foaf.name);
        if (graph.contains(organisation, RDF.Nodes.type, Frapo.FundingAgency)) {
            object.putArray("types").add("funder");
        }
        return object;
    }

    ObjectNode grant(Node grant) {
        ObjectNode object = entity(grant, "grant", EntityType.GRANT);
        identifiers(object, grant);
        text(object, "grant_number", grant, Frapo.hasGrantNumber);
        Node agency = GraphLookup.object(graph, grant, Frapo.isAwardedBy);
        if (agency != null && agency.isURI()) {
            object.set("funding_agency", organisation(agency));
        }
        return object;
    }

    ObjectNode venue(Node venue) {
        ObjectNode object = entity(venue, "venue", EntityType.VENUE);
        identifiers(object, venue);
        text(object, "name", venue, Dct.title);
        if (graph.contains(venue, RDF.Nodes.type, Fabio.Journal)) {
            object.put("type", "journal");
        }
        return object;
    }

    ObjectNode topic(Node topic) {
        ObjectNode object = entity(topic, "topic", EntityType.TOPIC);
        ObjectNode labels = JSON.objectNode();
        for (Node label : GraphLookup.objects(graph, topic, Skos.prefLabel)) {
            if (label.isLiteral()) {
                labels.put(language(label), label.getLiteralLexicalForm());
            }
        }
        if (!labels.isEmpty()) {
            object.set("labels", labels);
        }
        return object;
    }

    /** {@code local_identifier} and {@code entity_type}; remembered as linked when {@code type} is served. */
    ObjectNode entity(Node node, String entityType, EntityType type) {
        if (type != null) {
            linked.putIfAbsent(node, type);
        }
        return JSON.objectNode().put("local_identifier", node.getURI()).put("entity_type", entityType);
    }

    /** The identifiers in schemes SKG-IF names; a Crossref Funder ID as the DOI it is. */
    void identifiers(ObjectNode object, Node resource) {
        ArrayNode identifiers = JSON.arrayNode();
        for (Node identifier : GraphLookup.objects(graph, resource, Datacite.hasIdentifier)) {
            Node scheme = GraphLookup.object(graph, identifier, Datacite.usesIdentifierScheme);
            String value = GraphLookup.text(graph, identifier, LiteralReification.hasLiteralValue);
            if (scheme == null
                    || !scheme.isURI()
                    || value == null
                    || !scheme.getURI().startsWith(Datacite.NS)) {
                continue;
            }
            String name = scheme.getURI().substring(Datacite.NS.length());
            if (name.equals("fundref")) {
                identifiers.add(JSON.objectNode().put("scheme", "doi").put("value", FUNDER_DOI + value));
            } else if (SCHEMES.contains(name)) {
                identifiers.add(JSON.objectNode().put("scheme", name).put("value", value));
            }
        }
        if (!identifiers.isEmpty()) {
            object.set("identifiers", identifiers);
        }
    }

    void text(ObjectNode object, String field, Node subject, Node predicate) {
        String value = GraphLookup.text(graph, subject, predicate);
        if (value != null) {
            object.put(field, value);
        }
    }

    /** The language map key of a literal: its language tag's primary subtag, or {@code none}. */
    static String language(Node literal) {
        String tag = literal.getLiteralLanguage();
        return tag == null || tag.isEmpty() ? "none" : tag.split("-")[0].toLowerCase(java.util.Locale.ROOT);
    }
}
