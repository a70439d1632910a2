package org.scholarlod.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.cite.CslFormatter;
import org.scholarlod.cite.CslStyle;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.UpdateKind;
import org.scholarlod.rdf.Biro;
import org.scholarlod.rdf.C4o;
import org.scholarlod.rdf.CitedWorkReader;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Deo;
import org.scholarlod.rdf.Fabio;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.Frapo;
import org.scholarlod.rdf.Frbr;
import org.scholarlod.rdf.GraphLookup;
import org.scholarlod.rdf.Org;
import org.scholarlod.rdf.Prism;
import org.scholarlod.rdf.Pro;
import org.scholarlod.rdf.Skos;

/**
 * What a reader wants first on an article's page, read from the article's own graph: authors in order with
 * their organisations, where it appeared, DOI, abstract, keywords, funding and the numbered reference list.
 */
final class ArticleView {
    private final Graph graph;
    private final Links links;
    private final Function<Node, UpdateKind> status;

    /** {@code status} gives a cited work's weightiest update, else null. */
    ArticleView(Graph graph, Links links, Function<Node, UpdateKind> status) {
        this.graph = graph;
        this.links = links;
        this.status = status;
    }

    /** Turns URIs under the base into paths, so that pages work on whatever host serves them. */
    interface Links {
        String href(String uri);
    }

    Map<String, Object> of(Node article) {
        Map<String, Object> view = new HashMap<>();
        view.put("authors", authors(article));
        view.put("venue", venue(article));
        String doi = text(article, Dct.identifier);
        if (doi != null) {
            view.put("doi", doi);
            view.put("doiUrl", IdentifierScheme.DOI.uri(doi));
        }
        view.put("abstract", text(article, Dct.abstract_));
        List<Map<String, String>> keywords = new ArrayList<>();
        for (Node concept : objects(article, Dct.subject)) {
            keywords.add(Map.of("href", links.href(concept.getURI()), "label", text(concept, Skos.prefLabel)));
        }
        keywords.sort(Comparator.comparing(k -> k.get("label")));
        view.put("keywords", keywords);
        List<Map<String, String>> funding = new ArrayList<>();
        for (Node grant : objects(article, Frapo.isFundedBy)) {
            Node agency = object(grant, Frapo.isAwardedBy);
            Map<String, String> item = new HashMap<>();
            item.put("href", links.href(grant.getURI()));
            item.put("number", text(grant, Frapo.hasGrantNumber) == null ? "grant" : text(grant, Frapo.hasGrantNumber));
            item.put("agency", agency == null ? "" : text(agency, Foaf.name));
            funding.add(item);
        }
        view.put("funding", funding);
        for (Node part : objects(article, Frbr.part)) {
            if (graph.contains(part, RDF.Nodes.type, Deo.Acknowledgements)) {
                view.put("acknowledgements", text(part, C4o.hasContent));
            }
        }
        view.put("references", references(article));
        view.put("referencesBase", links.href(article.getURI()) + "/references");
        view.put("charts", new ArticleCharts(graph, links).of(article));
        // Mustache sections take booleans for "is there any": the template shows a heading only then.
        for (String list : List.of("keywords", "funding", "references")) {
            view.put("has_" + list, !((List<?>) view.get(list)).isEmpty());
        }
        return view;
    }

    private List<Map<String, Object>> authors(Node article) {
        List<Map<String, Object>> authors = new ArrayList<>();
        List<Node> authorRoles = objects(article, Pro.isDocumentContextFor).stream()
                .filter(role -> graph.contains(role, Pro.withRole, Pro.author))
                .toList();
        for (Node role : chain(authorRoles)) {
            Node person = object(role, Pro.isHeldBy);
            Set<String> organisations = new LinkedHashSet<>();
            for (Node org : objects(role, Pro.relatesToOrganization)) {
                if (object(org, Org.subOrganizationOf) == null) {
                    organisations.add(text(org, Foaf.name));
                }
            }
            Map<String, Object> author = new HashMap<>();
            author.put("href", links.href(person.getURI()));
            author.put("name", text(person, Foaf.name));
            author.put("organisations", String.join("; ", organisations));
            authors.add(author);
        }
        return authors;
    }

    private String venue(Node article) {
        StringBuilder venue = new StringBuilder();
        Node container = object(article, Dct.isPartOf);
        while (container != null && text(container, Dct.title) == null) {
            container = object(container, Dct.isPartOf);
        }
        if (container != null) {
            // A chapter is read as "In: Book, pages", as citation styles print it.
            venue.append(graph.contains(container, RDF.Nodes.type, Fabio.Book) ? "In: " : "")
                    .append(text(container, Dct.title));
        }
        String volume = text(article, Prism.volume);
        String issue = text(article, Prism.issueIdentifier);
        String first = text(article, Prism.startingPage);
        String last = text(article, Prism.endingPage);
        String issued = text(article, Dct.issued);
        if (volume != null) {
            venue.append(' ').append(volume).append(issue == null ? "" : "(" + issue + ")");
        }
        if (first != null) {
            venue.append(", ").append(first).append(last == null ? "" : "–" + last);
        }
        if (issued != null) {
            venue.append(" (").append(issued, 0, 4).append(')');
        }
        return venue.length() == 0 ? null : venue.toString();
    }

    private List<Map<String, String>> references(Node article) {
        List<Node> entries = new ArrayList<>();
        for (Node part : objects(article, Frbr.part)) {
            if (graph.contains(part, RDF.Nodes.type, Biro.BibliographicReference)) {
                entries.add(part);
            }
        }
        List<Map<String, String>> references = new ArrayList<>();
        CitedWorkReader works = new CitedWorkReader(graph);
        for (Node entry : chain(entries)) {
            Node work = object(entry, Biro.references);
            Map<String, String> item = new HashMap<>();
            item.put("number", text(entry, Fabio.hasSequenceIdentifier));
            String text = text(entry, C4o.hasContent);
            if (text == null && work != null) {
                // A reference given only as fields (Crossref's structured references) is shown as what it states.
                text = CslFormatter.entry(works.work(work), CslStyle.APA).orElse(null);
            }
            item.put("text", text);
            item.put("href", work == null ? null : links.href(work.getURI()));
            UpdateKind update = work == null ? null : status.apply(work);
            item.put("status", update == null ? null : update.status());
            item.put(
                    "severe",
                    update != null && update.severity() >= UpdateKind.PARTIAL_RETRACTION.severity() ? "severe" : "");
            references.add(item);
        }
        return references;
    }

    private List<Node> chain(List<Node> nodes) {
        return GraphLookup.inOrder(graph, nodes);
    }

    private List<Node> objects(Node subject, Node predicate) {
        return GraphLookup.objects(graph, subject, predicate);
    }

    private Node object(Node subject, Node predicate) {
        return GraphLookup.object(graph, subject, predicate);
    }

    private String text(Node subject, Node predicate) {
        return GraphLookup.text(graph, subject, predicate);
    }
}
