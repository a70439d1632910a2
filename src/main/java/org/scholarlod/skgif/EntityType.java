package org.scholarlod.skgif;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.Fabio;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Frapo;
import org.scholarlod.rdf.Skos;

/** The SKG-IF entity types the store holds: each its API path, its {@code entity_type} and its classes here. */
public enum EntityType {
    PRODUCT("products", "product", List.of(Fabio.Expression)),
    PERSON("persons", "person", List.of(Foaf.Person)),
    ORGANISATION("organisations", "organisation", List.of(Foaf.Organization)),
    GRANT("grants", "grant", List.of(Frapo.Grant)),
    VENUE("venues", "venue", List.of(Fabio.Journal, Fabio.BookSeries, Fabio.Series)),
    TOPIC("topics", "topic", List.of(Skos.Concept));

    /** Expressions that are parts of a journal, not products: SKG-IF has them as a product's biblio. */
    private static final List<Node> NOT_PRODUCTS = List.of(Fabio.JournalVolume, Fabio.JournalIssue);

    private final String path;
    private final String name;
    private final List<Node> classes;

    EntityType(String path, String name, List<Node> classes) {
        this.path = path;
        this.name = name;
        this.classes = classes;
    }

    /** The API's path segment ({@code products}). */
    public String path() {
        return path;
    }

    /** The {@code entity_type} value ({@code product}). */
    public String entityType() {
        return name;
    }

    /** The type whose path segment this is, or null. */
    public static EntityType ofPath(String segment) {
        for (EntityType type : values()) {
            if (type.path.equals(segment)) {
                return type;
            }
        }
        return null;
    }

    /** Whether the node is an entity of this type in the graph. */
    public boolean holds(Graph graph, Node node) {
        boolean typed = classes.stream().anyMatch(c -> graph.contains(node, RDF.Nodes.type, c));
        return typed
                && (this != PRODUCT || NOT_PRODUCTS.stream().noneMatch(c -> graph.contains(node, RDF.Nodes.type, c)));
    }

    /** A SPARQL group binding {@code ?e} to every entity of this type. */
    String sparqlPattern() {
        String values = classes.stream()
                .map(c -> "<" + c.getURI() + ">")
                .reduce((a, b) -> a + " " + b)
                .orElseThrow();
        String pattern = "VALUES ?class { " + values + " } ?e a ?class .";
        if (this == PRODUCT) {
            pattern += " FILTER NOT EXISTS { ?e a ?part . VALUES ?part { "
                    + NOT_PRODUCTS.stream()
                            .map(c -> "<" + c.getURI() + ">")
                            .reduce((a, b) -> a + " " + b)
                            .orElseThrow()
                    + " } }";
        }
        return pattern;
    }
}
