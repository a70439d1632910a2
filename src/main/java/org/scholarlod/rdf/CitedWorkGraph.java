package org.scholarlod.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scholarlod.model.Reference;

/** The cited works of a list of references on their own, without a citing article. */
public final class CitedWorkGraph {
    private CitedWorkGraph() {}

    public static Graph of(List<Reference> references, UriMinter uris) {
        Graph graph = GraphFactory.createDefaultGraph();
        TripleWriter out = new TripleWriter(graph);
        CitedWorkMapper mapper = new CitedWorkMapper(uris, out);
        for (Reference reference : references) {
            Node work = uris.citedWork(reference);
            out.text(work, Dct.bibliographicCitation, reference.text());
            if (reference.work() != null) {
                mapper.map(work, reference.work());
            } else {
                out.type(work, Fabio.Expression);
            }
        }
        return graph;
    }
}
