package org.scholarlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.rdf.ArticleMapper;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.UriMinter;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.source.ArticleReader;
import org.scholarlod.source.BundledSeed;

/** {@code rebase} moves every quad of a real TDB2 store from one base to another, the text index with it. */
class Tdb2StoreRebaseIT {
    private static final BaseUri FROM = new BaseUri("http://localhost:3030/");
    private static final BaseUri TO = new BaseUri("http://localhost:8080/");

    @Test
    void rebase_movesEveryUriAndTheTextIndex(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("tdb2"))) {
            var article = new ArticleMapper(new UriMinter(FROM))
                    .map(new ReferenceParser()
                            .parseReferences(
                                    BundledSeed.read(new ArticleReader()).article()));
            store.replace(List.of(article).iterator());
            long quads = Txn.calculateRead(store.dataset(), () -> count(store, Node.ANY));
            assertEquals(quads, store.rebase(FROM, TO));
            assertEquals(TO, store.mintedBase());
            assertEquals(1, store.graphCount());
            Txn.executeRead(store.dataset(), () -> {
                assertEquals(quads, count(store, Node.ANY));
                store.dataset()
                        .find()
                        .forEachRemaining(q -> assertTrue(!q.toString().contains(FROM.value()), q.toString()));
            });
            List<String> hits = Txn.calculateRead(store.dataset(), () -> {
                List<String> found = new java.util.ArrayList<>();
                org.apache.jena.sparql.exec.QueryExec.dataset(store.dataset())
                        .query("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'Gereffi' }")
                        .select()
                        .forEachRemaining(row -> found.add(row.get("s").getURI()));
                return found;
            });
            assertTrue(!hits.isEmpty() && hits.stream().allMatch(TO::contains), hits.toString());
        }
    }

    /** Quads of the article graphs: the store's own default graph holds only its generation. */
    private static long count(Tdb2Store store, Node graph) {
        long n = 0;
        for (var it = store.dataset().findNG(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
