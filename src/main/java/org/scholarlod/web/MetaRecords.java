package org.scholarlod.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.rdf.Datacite;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Fabio;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Frbr;
import org.scholarlod.rdf.GraphLookup;
import org.scholarlod.rdf.LiteralReification;
import org.scholarlod.rdf.Prism;
import org.scholarlod.rdf.Pro;

/**
 * The rows of the OpenCitations Meta API read from our graph: the works identifiers name, the works a person
 * authored or edited, and each work's fields as {@code meta_v1.hf} and its {@code metaapi} add-on write them
 * (agents as {@code Family, Given [orcid:… omid:ra/…]} in role order, joined by "; "; a venue followed by its
 * identifiers; OpenCitations' names of FaBiO types). Every field is a string, empty when unknown.
 */
final class MetaRecords {
    /** The fields of a row, in the order {@code meta_v1.hf} declares them. */
    static final List<String> FIELDS = List.of(
            "id", "title", "author", "pub_date", "issue", "volume", "venue", "page", "type", "publisher", "editor");

    private static final List<Node> VENUES =
            List.of(Fabio.Journal, Fabio.JournalVolume, Fabio.JournalIssue, Fabio.BookSeries, Fabio.Series);
    /** As many works of one agent as OpenCitations returns (its query's LIMIT). */
    static final int AGENT_WORKS = 1000;

    private final Graph graph;
    private final MetaIds ids;

    MetaRecords(Graph graph, MetaIds ids) {
        this.graph = graph;
        this.ids = ids;
    }

    /** The works and venues the identifiers name, each once, in the order asked. */
    List<Node> works(List<MetaIds.Id> asked) {
        Set<Node> works = new LinkedHashSet<>();
        for (MetaIds.Id id : asked) {
            if (id.scheme().equals("omid")) {
                Node work = ids.resource(id.value(), "br");
                if (work != null && isResource(work)) {
                    works.add(work);
                }
            } else {
                identified(id).stream().filter(this::isResource).forEach(works::add);
            }
        }
        return List.copyOf(works);
    }

    /** The works in which the agent the identifier names holds {@code role} (pro:author or pro:editor). */
    List<Node> worksOf(MetaIds.Id agent, Node role) {
        List<Node> agents = agent.scheme().equals("omid")
                ? Optional.ofNullable(ids.resource(agent.value(), "ra")).stream()
                        .toList()
                : identified(agent);
        Set<Node> works = new LinkedHashSet<>();
        for (Node person : agents) {
            for (var held = graph.find(Node.ANY, Pro.isHeldBy, person);
                    held.hasNext() && works.size() < AGENT_WORKS; ) {
                Node roleNode = held.next().getSubject();
                if (graph.contains(roleNode, Pro.withRole, role)) {
                    graph.find(Node.ANY, Pro.isDocumentContextFor, roleNode)
                            .mapWith(t -> t.getSubject())
                            .filterKeep(this::isWork)
                            .forEachRemaining(works::add);
                }
            }
        }
        return List.copyOf(works);
    }

    /** A work's row: every field of {@link #FIELDS}. */
    Map<String, String> row(Node work) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", String.join(" ", identifiers(work, "br")));
        row.put("title", text(work, Dct.title));
        row.put("author", agents(work, Pro.author));
        row.put("pub_date", text(work, Prism.publicationDate));
        Node issue = container(work, Fabio.JournalIssue);
        Node volume = container(work, Fabio.JournalVolume);
        row.put("issue", issue == null ? "" : text(issue, Fabio.hasSequenceIdentifier));
        row.put("volume", volume == null ? "" : text(volume, Fabio.hasSequenceIdentifier));
        row.put("venue", venue(work));
        row.put("page", pages(work));
        row.put("type", MetaTypes.of(GraphLookup.objects(graph, work, RDF.Nodes.type)));
        Node publisher = GraphLookup.object(graph, work, Dct.publisher);
        row.put("publisher", publisher == null ? "" : labelled(text(publisher, Foaf.name), publisher, "ra"));
        List<String> editors = new ArrayList<>();
        addIfAny(editors, agents(work, Pro.editor));
        Node book = GraphLookup.object(graph, work, Frbr.partOf);
        if (book != null && graph.contains(book, RDF.Nodes.type, Fabio.Book)) {
            addIfAny(editors, agents(book, Pro.editor));
        }
        row.put("editor", String.join("; ", editors));
        return row;
    }

    private boolean isWork(Node node) {
        return graph.contains(node, RDF.Nodes.type, Fabio.Expression);
    }

    /** A bibliographic resource as OpenCitations has them: a work, or a venue (journal, its volumes, a series). */
    private boolean isResource(Node node) {
        return isWork(node) || VENUES.stream().anyMatch(type -> graph.contains(node, RDF.Nodes.type, type));
    }

    /** The subjects holding an identifier of this scheme and value, as the minter names identifier nodes. */
    private List<Node> identified(MetaIds.Id id) {
        List<Node> subjects = new ArrayList<>();
        graph.find(Node.ANY, LiteralReification.hasLiteralValue, NodeFactory.createLiteralString(id.value()))
                .mapWith(t -> t.getSubject())
                .filterKeep(identifier -> graph.contains(
                        identifier, Datacite.usesIdentifierScheme, NodeFactory.createURI(Datacite.NS + id.scheme())))
                .forEachRemaining(identifier -> graph.find(Node.ANY, Datacite.hasIdentifier, identifier)
                        .forEachRemaining(t -> subjects.add(t.getSubject())));
        return subjects;
    }

    /** "doi:… pmid:… omid:br/…": the resource's identifiers, sorted, and its OMID last. */
    private List<String> identifiers(Node resource, String kind) {
        List<String> found = new ArrayList<>();
        for (Node identifier : GraphLookup.objects(graph, resource, Datacite.hasIdentifier)) {
            Node scheme = GraphLookup.object(graph, identifier, Datacite.usesIdentifierScheme);
            String value = text(identifier, LiteralReification.hasLiteralValue);
            if (scheme != null && scheme.isURI() && !value.isEmpty()) {
                found.add(scheme.getURI().substring(Datacite.NS.length()) + ":" + value);
            }
        }
        found = new ArrayList<>(new TreeSet<>(found));
        String omid = ids.omid(resource, kind);
        if (omid != null) {
            found.add(omid);
        }
        return found;
    }

    /** The agents in {@code role}, in their order: "Family, Given [orcid:… omid:ra/…]". */
    private String agents(Node work, Node role) {
        List<Node> roles = GraphLookup.objects(graph, work, Pro.isDocumentContextFor).stream()
                .filter(r -> graph.contains(r, Pro.withRole, role))
                .toList();
        List<String> names = new ArrayList<>();
        for (Node r : GraphLookup.inOrder(graph, roles)) {
            Node agent = GraphLookup.object(graph, r, Pro.isHeldBy);
            if (agent != null) {
                names.add(labelled(name(agent), agent, "ra"));
            }
        }
        return String.join("; ", names);
    }

    private String name(Node agent) {
        String family = text(agent, Foaf.familyName);
        String given = text(agent, Foaf.givenName);
        if (!family.isEmpty()) {
            return given.isEmpty() ? family + "," : family + ", " + given;
        }
        return text(agent, Foaf.name);
    }

    /** A name followed by the resource's identifiers in brackets, as OpenCitations writes agents and venues. */
    private String labelled(String name, Node resource, String kind) {
        List<String> identifiers = identifiers(resource, kind);
        return identifiers.isEmpty() ? name : name + " [" + String.join(" ", identifiers) + "]";
    }

    /** The issue or volume the work is part of, directly or through its issue. */
    private Node container(Node work, Node type) {
        for (Node node = GraphLookup.object(graph, work, Frbr.partOf);
                node != null;
                node = GraphLookup.object(graph, node, Frbr.partOf)) {
            if (graph.contains(node, RDF.Nodes.type, type)) {
                return node;
            }
            if (graph.contains(node, RDF.Nodes.type, Fabio.Journal)) {
                return null;
            }
        }
        return null;
    }

    /** The journal (through issue and volume) or else the container the work is directly part of. */
    private String venue(Node work) {
        Node venue = container(work, Fabio.Journal);
        if (venue == null) {
            venue = GraphLookup.object(graph, work, Frbr.partOf);
        }
        return venue == null || text(venue, Dct.title).isEmpty() ? "" : labelled(text(venue, Dct.title), venue, "br");
    }

    private String pages(Node work) {
        for (Node embodiment : GraphLookup.objects(graph, work, Frbr.embodiment)) {
            String first = text(embodiment, Prism.startingPage);
            String last = text(embodiment, Prism.endingPage);
            if (!first.isEmpty()) {
                return last.isEmpty() || last.equals(first) ? first : first + "-" + last;
            }
        }
        return "";
    }

    private String text(Node subject, Node predicate) {
        String text = GraphLookup.text(graph, subject, predicate);
        return text == null ? "" : text;
    }

    private static void addIfAny(List<String> list, String value) {
        if (!value.isEmpty()) {
            list.add(value);
        }
    }
}
