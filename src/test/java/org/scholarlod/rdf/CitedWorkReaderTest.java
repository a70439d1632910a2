package org.scholarlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.Article;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.Reference;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.source.ArticleReader;

class CitedWorkReaderTest {
    /** What RDF does not keep: the access date, the year suffix, and the confidence (it sits on the entry). */
    private static CitedWork kept(CitedWork work) {
        return new CitedWork(
                work.type(),
                work.authors(),
                work.editors(),
                work.issued(),
                null,
                work.title(),
                work.containerTitle(),
                work.collectionTitle(),
                work.number(),
                work.volume(),
                work.issue(),
                work.page(),
                work.edition(),
                work.publisher(),
                work.publisherPlace(),
                work.event(),
                work.eventPlace(),
                work.genre(),
                work.url(),
                work.doi(),
                work.isbn(),
                work.issn(),
                null,
                1);
    }

    @Test
    void references_roundTripTheSeedsParsedReferences() {
        Article article = new ReferenceParser()
                .parseReferences(new ArticleReader()
                        .read(Path.of("data/articles/gereffi-lee-2016"))
                        .article());
        ArticleGraph graph = new ArticleMapper(new UriMinter(new BaseUri(SeedGraph.BASE))).map(article);
        List<Reference> read = new CitedWorkReader(graph.graph()).references(graph.article());
        assertEquals(95, read.size());
        for (int i = 0; i < read.size(); i++) {
            Reference expected = article.references().get(i);
            assertEquals(expected.number(), read.get(i).number());
            assertEquals(expected.text(), read.get(i).text());
            assertEquals(kept(expected.work()), kept(read.get(i).work()), "reference " + expected.number());
        }
    }
}
