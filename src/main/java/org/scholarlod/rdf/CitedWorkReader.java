package org.scholarlod.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.Reference;
import org.scholarlod.model.WorkType;

/**
 * Reads an article's reference list back from RDF — entries in {@code oco:hasNext} order, each with the work it
 * cites — so that it can be downloaded as CSL-JSON, BibTeX or RIS. What the RDF does not keep (the date a web
 * page was accessed, the "a" of "2010a") does not come back.
 */
public final class CitedWorkReader {

    private final Graph graph;

    public CitedWorkReader(Graph graph) {
        this.graph = graph;
    }

    /** The article's references in list order; the work of text the parser did not read comes back as null. */
    public List<Reference> references(Node article) {
        List<Node> entries = new ArrayList<>();
        graph.find(article, Frbr.part, Node.ANY).forEachRemaining(t -> {
            if (graph.contains(t.getObject(), RDF.Nodes.type, Biro.BibliographicReference)) {
                entries.add(t.getObject());
            }
        });
        List<Reference> references = new ArrayList<>();
        for (Node entry : GraphLookup.inOrder(graph, entries)) {
            Node work = object(entry, Biro.references);
            int number = Integer.parseInt(text(entry, Fabio.hasSequenceIdentifier));
            String text = text(entry, C4o.hasContent);
            // The mapper describes the work of a parsed reference and of one given only as fields; the work of
            // unparsed text has nothing to read.
            boolean described = text == null
                    || graph.find(entry, ScholarLodVocab.parseConfidence, Node.ANY)
                            .hasNext();
            references.add(new Reference(number, text, described ? work(work) : null));
        }
        return references;
    }

    /** A work as the mappers wrote it. */
    public CitedWork work(Node work) {
        WorkType type = WorkType.OTHER;
        for (Node kind : WorkClasses.classes()) {
            if (graph.contains(work, RDF.Nodes.type, kind)) {
                type = WorkClasses.type(kind);
            }
        }
        Node container = titledContainer(work);
        boolean series = container != null && graph.contains(container, RDF.Nodes.type, Fabio.Series);
        String containerTitle = container == null ? null : text(container, Dct.title);
        List<PersonName> editors = names(work, Pro.editor);
        if (type == WorkType.CHAPTER && container != null) {
            editors = names(container, Pro.editor);
        }
        String start = text(work, Prism.startingPage);
        Node publisher = object(work, Dct.publisher);
        Node url = object(work, Fabio.hasURL);
        return CitedWork.builder(type)
                .authors(names(work, Pro.author))
                .editors(editors)
                .issued(text(work, Dct.issued))
                .title(text(work, Dct.title))
                .containerTitle(series ? null : containerTitle)
                .collectionTitle(series ? containerTitle : null)
                .number(text(work, Prism.number))
                .volume(text(work, Prism.volume))
                .issue(text(work, Prism.issueIdentifier))
                .page(start == null ? null : new PageRange(start, text(work, Prism.endingPage)))
                .edition(text(work, Prism.edition))
                .publisher(publisher == null ? null : text(publisher, Foaf.name))
                .publisherPlace(text(work, Fabio.hasPlaceOfPublication))
                .event(text(work, Prism.event))
                .eventPlace(text(work, Prism.location))
                .genre(text(work, Dct.type))
                .url(url == null ? null : url.getURI())
                .doi(text(work, Dct.identifier))
                .build();
    }

    /** The first node up the dcterms:isPartOf chain that has a title: an article's journal, not its issue. */
    private Node titledContainer(Node work) {
        Node node = object(work, Dct.isPartOf);
        for (int hops = 0; node != null && hops < 3 && text(node, Dct.title) == null; hops++) {
            node = object(node, Dct.isPartOf);
        }
        return node != null && text(node, Dct.title) != null ? node : null;
    }

    /** The holders of the work's roles of one kind, in {@code oco:hasNext} order. */
    private List<PersonName> names(Node work, Node role) {
        List<Node> roles = new ArrayList<>();
        graph.find(work, Pro.isDocumentContextFor, Node.ANY).forEachRemaining(t -> {
            if (graph.contains(t.getObject(), Pro.withRole, role)) {
                roles.add(t.getObject());
            }
        });
        List<PersonName> names = new ArrayList<>();
        for (Node r : GraphLookup.inOrder(graph, roles)) {
            Node agent = object(r, Pro.isHeldBy);
            String family = text(agent, Foaf.familyName);
            names.add(
                    family != null
                            ? PersonName.person(family, text(agent, Foaf.givenName))
                            : PersonName.organisation(text(agent, Foaf.name)));
        }
        return names;
    }

    private Node object(Node subject, Node predicate) {
        return GraphLookup.object(graph, subject, predicate);
    }

    private String text(Node subject, Node predicate) {
        return GraphLookup.text(graph, subject, predicate);
    }
}
