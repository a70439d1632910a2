package org.scholarlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.model.SourceDocument;
import org.scholarlod.model.SourceKind;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.ArticleMapper;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.SharedLayout;
import org.scholarlod.rdf.UriMinter;
import org.scholarlod.source.crossref.CrossrefWorkReader;

/**
 * Shared nodes on a real TDB2 store: a journal, a person or a cited work that many records describe alike is
 * stored once, re-loads keep the shared graphs exactly those the stored records give, and each article's graph
 * still says which descriptions came from its record.
 */
class SharedLayoutIT {
    private static final String BASE = "http://localhost:3030/";
    private static final Node JOURNAL = NodeFactory.createURI(BASE + "id/journal/issn-1932-6203");
    private static final Node CITED = NodeFactory.createURI(BASE + "id/article/10.5555/cited.1");

    @Test
    void replace_sharedNodesStoredOnce(@TempDir Path dir) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.replace(List.of(article("10.5555/a.1", "PLOS ONE"), article("10.5555/a.2", "PLOS ONE"))
                    .iterator());
            Txn.executeRead(store.dataset(), () -> {
                assertEquals(Set.of(BASE + "graph/shared/journal"), graphsAbout(store, JOURNAL, true));
                assertEquals(1, graphsAbout(store, JOURNAL, false).size(), "one graph holds the journal's triples");
                assertEquals(1, graphsAbout(store, CITED, false).size(), "one graph holds the cited work's triples");
                assertEquals(2, store.graphCount());
            });
        }
    }

    @Test
    void replace_reloadedRecords_leaveExactlyTheDescriptionsTheyGive(@TempDir Path dir) throws Exception {
        try (Tdb2Store reloaded = Tdb2Store.open(dir.resolve("reloaded"));
                Tdb2Store fresh = Tdb2Store.open(dir.resolve("fresh"))) {
            reloaded.replace(List.of(article("10.5555/a.1", "PLOS ONE"), article("10.5555/a.2", "PLOS ONE"))
                    .iterator());
            reloaded.replace(List.of(article("10.5555/a.1", "PLoS ONE")).iterator());
            Txn.executeRead(
                    reloaded.dataset(),
                    () -> assertEquals(
                            2,
                            graphsAbout(reloaded, JOURNAL, false).size(),
                            "both titles are given by a stored record"));
            reloaded.replace(List.of(article("10.5555/a.2", "PLoS ONE")).iterator());
            fresh.replace(List.of(article("10.5555/a.1", "PLoS ONE"), article("10.5555/a.2", "PLoS ONE"))
                    .iterator());
            assertEquals(
                    quads(fresh),
                    quads(reloaded),
                    "a re-load reaches the store a fresh load of the same records builds");
            Txn.executeRead(
                    reloaded.dataset(),
                    () -> assertEquals(1, graphsAbout(reloaded, JOURNAL, false).size()));
        }
    }

    @Test
    void assemble_givesBackTheRecordsWholeGraph(@TempDir Path dir) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            ArticleGraph one = article("10.5555/a.1", "PLOS ONE");
            store.replace(List.of(one, article("10.5555/a.2", "PLOS ONE")).iterator());
            Graph whole = Txn.calculateRead(store.dataset(), () -> SharedLayout.assemble(store.dataset(), one.name()));
            assertTrue(whole.isIsomorphicWith(one.graph()), "own graph and shared parts make the mapped graph");
        }
    }

    @Test
    void provenance_saysWhichRecordsGaveAFact(@TempDir Path dir) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.replace(List.of(article("10.5555/a.1", "PLOS ONE"), article("10.5555/a.2", "PLoS ONE"))
                    .iterator());
            List<String> rows = Txn.calculateRead(store.dataset(), () -> {
                List<String> found = new ArrayList<>();
                QueryExec.dataset(store.dataset())
                        .query("""
                        PREFIX slod: <https://w3id.org/scholarlod/ns#> PREFIX prov: <http://www.w3.org/ns/prov#>
                        PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                        SELECT ?doc ?title WHERE {
                          GRAPH ?g { ?g slod:sharedPart ?part ; prov:wasDerivedFrom ?src } ?src dcterms:title ?doc .
                          GRAPH ?part { <%s> dcterms:title ?title } } ORDER BY ?doc""".formatted(JOURNAL.getURI()))
                        .select()
                        .forEachRemaining(r -> found.add(r.get("doc").getLiteralLexicalForm() + " says "
                                + r.get("title").getLiteralLexicalForm()));
                return found;
            });
            assertEquals(List.of("10.5555/a.1.json says PLOS ONE", "10.5555/a.2.json says PLoS ONE"), rows);
        }
    }

    private static Set<String> graphsAbout(Tdb2Store store, Node subject, boolean kindOnly) {
        Set<String> graphs = new TreeSet<>();
        store.dataset().find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
            String g = q.getGraph().getURI();
            graphs.add(kindOnly ? g.substring(0, g.lastIndexOf('/')) : g);
        });
        return graphs;
    }

    private static Set<String> quads(Tdb2Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> all = new TreeSet<>();
            store.dataset().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!Quad.isDefaultGraph(q.getGraph())) {
                    all.add(q.toString());
                }
            });
            return all;
        });
    }

    private static ArticleGraph article(String doi, String journal) throws Exception {
        String json = """
                {"DOI":"%s","type":"journal-article","title":["Work %s"],"container-title":["%s"],
                 "ISSN":["1932-6203"],"volume":"14","issued":{"date-parts":[[2019,1]]},
                 "author":[{"given":"Ada","family":"Lovelace","ORCID":"https://orcid.org/0000-0002-1825-0097",
                            "sequence":"first","affiliation":[]}],
                 "reference":[{"key":"r1","DOI":"10.5555/cited.1","doi-asserted-by":"crossref"}]}""".formatted(doi, doi, journal);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        var reading = new CrossrefWorkReader()
                .read(
                        doi,
                        new ObjectMapper().readTree(bytes),
                        SourceDocument.of(doi + ".json", SourceKind.CROSSREF_WORK, bytes));
        return new ArticleMapper(new UriMinter(new BaseUri(BASE))).map(reading.article());
    }
}
