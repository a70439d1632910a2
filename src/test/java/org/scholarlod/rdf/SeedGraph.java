package org.scholarlod.rdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.source.ArticleReader;

/** The seed article mapped to RDF, and SPARQL over a graph, for the tests. */
final class SeedGraph {
    static final String BASE = "http://localhost:3030/";
    static final String PREFIXES = Namespaces.prefixes().getNsPrefixMap().entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n")
            .reduce("", String::concat);

    private SeedGraph() {}

    static ArticleGraph map() {
        return new ArticleMapper(new UriMinter(new BaseUri(BASE)))
                .map(new ReferenceParser()
                        .parseReferences(new ArticleReader()
                                .read(Path.of("data/articles/gereffi-lee-2016"))
                                .article()));
    }

    static List<QuerySolution> select(Graph graph, String query) {
        try (QueryExecution execution =
                QueryExecution.create(PREFIXES + query, ModelFactory.createModelForGraph(graph))) {
            List<QuerySolution> rows = new ArrayList<>();
            ResultSet results = execution.execSelect();
            results.forEachRemaining(rows::add);
            return rows;
        }
    }

    static boolean ask(Graph graph, String query) {
        try (QueryExecution execution =
                QueryExecution.create(PREFIXES + query, ModelFactory.createModelForGraph(graph))) {
            return execution.execAsk();
        }
    }

    static long count(Graph graph, String where) {
        return select(graph, "SELECT (COUNT(*) AS ?count) WHERE { " + where + " }")
                .get(0)
                .getLiteral("count")
                .getLong();
    }
}
