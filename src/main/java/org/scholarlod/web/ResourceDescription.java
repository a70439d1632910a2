package org.scholarlod.web;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.scholarlod.model.CitedWork;
import org.scholarlod.rdf.CitedWorkReader;
import org.scholarlod.rdf.Fabio;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.SharedLayout;
import org.scholarlod.store.NodeIdGraph;
import org.scholarlod.store.NodeIdReads;

/**
 * Reads what a resource's representations are made from, inside the caller's read transaction: its description
 * ({@link ResourceDescriber}) and, only for the representations that need them, the work its citations are
 * written from and the views its HTML page shows.
 */
final class ResourceDescription {
    /** Shared descriptions remembered: about 25 MB of a few triples each. */
    private static final int SHARED_PARTS_REMEMBERED = 50_000;

    private final DatasetGraph dataset;
    private final ResourceDescriber describer;
    private final NodeIdReads reads;
    private final ArticleView.Links links;
    private final CitingArticles citing;
    /** Shared descriptions as article pages assemble them: a journal's, a person's, a cited work's recur. */
    private final VersionedReads<List<Triple>> sharedParts = new VersionedReads<>(SHARED_PARTS_REMEMBERED);

    ResourceDescription(DatasetGraph dataset, ArticleView.Links links) {
        this.dataset = dataset;
        this.describer = new ResourceDescriber(dataset);
        this.reads = new NodeIdReads(dataset);
        this.links = links;
        this.citing = new CitingArticles(dataset);
    }

    /**
     * The description, whether the resource is a work (and so has citations), whether more incoming links follow
     * this page, and whether the resource names a graph of the store.
     */
    record Found(Graph graph, boolean work, boolean hasNext, boolean namedGraph) {}

    /** What only some representations need: the work for citations, the views for the HTML page. */
    record Extras(
            CitedWork work,
            Map<String, Object> article,
            List<Map<String, Object>> related,
            List<Map<String, Object>> notices) {
        static final Extras NONE = new Extras(null, null, List.of(), List.of());
    }

    Found describe(Node resource, int page, long atVersion) {
        ResourceDescriber.Description described = describer.describe(resource, page, atVersion);
        Graph graph = described.graph();
        if (graph.isEmpty()) {
            return new Found(graph, false, false, false);
        }
        boolean work = graph.contains(resource, RDF.Nodes.type, Fabio.Expression)
                && !graph.contains(resource, RDF.Nodes.type, Fabio.JournalIssue)
                && !graph.contains(resource, RDF.Nodes.type, Fabio.JournalVolume);
        return new Found(graph, work, described.hasNext(), dataset.containsGraph(resource));
    }

    Extras extras(Node resource, Found found, Representation chosen, long atVersion) {
        if (chosen.lang != null) {
            return Extras.NONE;
        }
        CitedWork work = found.work() ? new CitedWorkReader(new NodeIdGraph(dataset)).work(resource) : null;
        if (chosen != Representation.HTML) {
            return new Extras(work, null, List.of(), List.of());
        }
        Map<String, Object> article = null;
        UpdateNotices notices = new UpdateNotices(dataset, links);
        var topic = dataset.find(Node.ANY, Node.ANY, Foaf.primaryTopic, resource);
        boolean isArticle = topic.hasNext();
        if (isArticle) {
            article = new ArticleView(
                            SharedLayout.assemble(
                                    topic.next().getGraph(),
                                    reads::graph,
                                    part -> sharedParts.get(atVersion, part, key -> List.copyOf(reads.graph(key)))),
                            links,
                            notices::status)
                    .of(resource);
        }
        List<Map<String, Object>> related =
                new RelatedView(dataset, citing, links).of(resource, found.graph(), isArticle, atVersion);
        return new Extras(work, article, related, notices.banner(resource));
    }
}
