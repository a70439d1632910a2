package org.scholarlod.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scholarlod.model.Article;

/** Maps an article to its named graph by running each concern's mapper in turn. */
public final class ArticleMapper {
    private final UriMinter uris;
    private final List<ConcernMapper> mappers;

    public ArticleMapper(UriMinter uris) {
        this.uris = uris;
        this.mappers = List.of(
                new BibliographicMapper(),
                new PublicationMapper(),
                new BookMapper(),
                new KeywordMapper(),
                new AuthorMapper(),
                new FundingMapper(),
                new ReferenceMapper(),
                new CitationMapper(),
                new UpdateMapper(),
                new ProvenanceMapper(ConverterVersion.get()));
    }

    public ArticleGraph map(Article article) {
        String key = uris.articleKey(article);
        Node subject = uris.article(key);
        Graph graph = GraphFactory.createDefaultGraph();
        MappingContext context = new MappingContext(article, key, subject, uris, new TripleWriter(graph));
        for (ConcernMapper mapper : mappers) {
            mapper.map(context);
        }
        return new ArticleGraph(uris.graph(key), subject, graph);
    }
}
