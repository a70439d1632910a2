package org.scholarlod.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Fabio;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Namespaces;
import org.scholarlod.rdf.Pro;
import org.scholarlod.rdf.ScholarLodVocab;
import org.scholarlod.rdf.Skos;
import org.scholarlod.rdf.Vcard;

/**
 * The HTML page of a resource, rendered from {@code web/resource.mustache}: its label and types, its
 * properties with the labels of what they link to, what links to it, and its other representations. Links to
 * resources under the base are written as paths, so that pages work on whatever host serves them.
 */
final class ResourcePage {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("web").compile("resource.mustache");
    private static final List<Node> LABELS =
            List.of(Dct.title, Foaf.name, Skos.prefLabel, org.apache.jena.vocabulary.RDFS.label.asNode());

    private static final List<Node> SHOWN_IN_SECTIONS =
            List.of(ScholarLodVocab.articleAuthor, Pro.isHeldBy, Pro.relatesToOrganization);
    /** An address is labelled by its place: "Durham, NC, USA". */
    private static final List<Node> ADDRESS = List.of(Vcard.locality, Vcard.region, Vcard.country_name);

    private final BaseUri base;
    private final PrefixMapping prefixes = Namespaces.prefixes();

    ResourcePage(BaseUri base) {
        this.base = base;
    }

    String render(
            Node resource,
            Graph description,
            Map<String, Object> citation,
            Map<String, Object> article,
            List<Map<String, Object>> related,
            List<Map<String, Object>> notices,
            List<Map<String, String>> alternates,
            String next) {
        Map<String, Object> page = new HashMap<>();
        page.put("uri", resource.getURI());
        page.put("label", label(description, resource));
        List<Node> classes = new ArrayList<>();
        description.find(resource, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> classes.add(t.getObject()));
        List<String> terms = new ArrayList<>(classes.stream().map(this::curie).toList());
        terms.sort(null);
        page.put("types", ClassLabels.of(classes, this::curie));
        page.put("typeTerms", String.join(" ", terms));
        page.put("citation", citation);
        page.put("styleQuery", citation == null ? "" : citation.get("styleQuery"));
        page.put("article", article);
        page.put("related", related);
        page.put("notices", notices);
        page.put("schemaOrg", SchemaOrg.of(resource, description));
        List<Map<String, String>> elsewhere = elsewhere(description, resource);
        page.put("elsewhere", elsewhere);
        page.put("hasElsewhere", !elsewhere.isEmpty());
        page.put(
                "properties",
                rows(description, description.find(resource, Node.ANY, Node.ANY).toList(), false));
        // Author matches and roles have their own sections (works, organisations, people, "May be the author of");
        // a wall of match and role URIs is not one.
        List<Map<String, Object>> incoming = merged(rows(
                description,
                description
                        .find(Node.ANY, Node.ANY, resource)
                        .filterDrop(t -> SHOWN_IN_SECTIONS.contains(t.getPredicate()))
                        .toList(),
                true));
        page.put("incoming", incoming);
        page.put("hasIncoming", !incoming.isEmpty());
        page.put("alternates", alternates);
        page.put("next", next);
        PageText out = new PageText();
        TEMPLATE.execute(out, page);
        return out.toString();
    }

    /** One row per predicate, values sorted by their text; rdf:type is shown in the header instead. */
    private List<Map<String, Object>> rows(Graph description, List<Triple> triples, boolean incoming) {
        Map<Node, List<Map<String, String>>> byPredicate = new LinkedHashMap<>();
        for (Triple t : triples) {
            if (!incoming && t.getPredicate().equals(RDF.Nodes.type)) {
                continue;
            }
            Node value = incoming ? t.getSubject() : t.getObject();
            Map<String, String> cell = new HashMap<>();
            if (value.isURI()) {
                cell.put("href", href(value.getURI()));
                cell.put("text", label(description, value));
            } else {
                cell.put("text", value.isLiteral() ? value.getLiteralLexicalForm() : value.toString());
            }
            byPredicate
                    .computeIfAbsent(t.getPredicate(), k -> new ArrayList<>())
                    .add(cell);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byPredicate.entrySet().stream()
                .sorted((a, b) -> curie(a.getKey()).compareTo(curie(b.getKey())))
                .forEach(e -> {
                    e.getValue().sort((a, b) -> a.get("text").compareTo(b.get("text")));
                    rows.add(Map.of(
                            "predicate",
                            curie(e.getKey()),
                            "predicateUri",
                            e.getKey().getURI(),
                            "values",
                            e.getValue()));
                });
        return rows;
    }

    /**
     * Rows whose values are the same are one row naming both predicates: inverse pairs such as
     * org:subOrganizationOf and org:unitOf would otherwise list the same units twice.
     */
    private static List<Map<String, Object>> merged(List<Map<String, Object>> rows) {
        Map<Object, Map<String, Object>> byValues = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            byValues.merge(
                    row.get("values"),
                    row,
                    (a, b) -> Map.of(
                            "predicate",
                            a.get("predicate") + ", " + b.get("predicate"),
                            "predicateUri",
                            a.get("predicateUri") + " " + b.get("predicateUri"),
                            "values",
                            a.get("values")));
        }
        return new ArrayList<>(byValues.values());
    }

    /** The same thing, or pages about it, in other graphs: "DOI 10.1007/…", "Wikidata Q42". */
    private static List<Map<String, String>> elsewhere(Graph description, Node resource) {
        List<Map<String, String>> links = new ArrayList<>();
        for (Node predicate : List.of(OWL.sameAs.asNode(), RDFS.seeAlso.asNode())) {
            description.find(resource, predicate, Node.ANY).forEachRemaining(t -> {
                String uri = t.getObject().isURI() ? t.getObject().getURI() : null;
                if (uri == null) {
                    return;
                }
                String text = ExternalGraphs.of(uri)
                        .map(g -> g.title() + " " + g.local(uri))
                        .orElse(uri);
                links.add(Map.of(
                        "href",
                        uri,
                        "text",
                        text,
                        "relation",
                        predicate.equals(OWL.sameAs.asNode()) ? "the same" : "a page about it"));
            });
        }
        links.sort((a, b) -> a.get("text").compareTo(b.get("text")));
        return links;
    }

    private String label(Graph description, Node node) {
        for (Node property : LABELS) {
            var found = description.find(node, property, Node.ANY);
            if (found.hasNext()) {
                return found.next().getObject().getLiteralLexicalForm();
            }
        }
        var number = description.find(node, Fabio.hasSequenceIdentifier, Node.ANY);
        if (number.hasNext()) {
            return sequenceLabel(description, node, number.next().getObject().getLiteralLexicalForm());
        }
        List<String> address = new ArrayList<>();
        for (Node part : ADDRESS) {
            description
                    .find(node, part, Node.ANY)
                    .forEachRemaining(t -> address.add(t.getObject().getLiteralLexicalForm()));
        }
        return address.isEmpty() ? curie(node) : String.join(", ", address);
    }

    /** "Volume 18 of Journal of Biology Studies", "Issue 1": a volume or issue is named by its number. */
    private String sequenceLabel(Graph description, Node node, String number) {
        String kind = description.contains(node, RDF.Nodes.type, Fabio.JournalIssue) ? "Issue " : "Volume ";
        var parent = description.find(node, Dct.isPartOf, Node.ANY);
        if (parent.hasNext()) {
            var title = description.find(parent.next().getObject(), Dct.title, Node.ANY);
            if (title.hasNext()) {
                return kind + number + " of " + title.next().getObject().getLiteralLexicalForm();
            }
        }
        return kind + number;
    }

    private String curie(Node node) {
        String uri = node.getURI();
        if (base.contains(uri)) {
            return base.path(uri);
        }
        String shortForm = prefixes.shortForm(uri);
        return shortForm;
    }

    String href(String uri) {
        return base.contains(uri) ? "/" + base.path(uri) : uri;
    }
}
