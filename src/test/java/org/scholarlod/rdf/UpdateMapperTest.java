package org.scholarlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scholarlod.rdf.SeedGraph.ask;
import static org.scholarlod.rdf.SeedGraph.count;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.Article;
import org.scholarlod.model.UpdateKind;
import org.scholarlod.model.WorkUpdate;
import org.scholarlod.source.catalogue.Records;

/** Retractions, corrections and concerns as RDF: one statement whichever record makes it. */
class UpdateMapperTest {
    private static final List<Article> WORKS = Records.walk(
                    Records.fixture("updates.jsonl").toString())
            .stream()
            .map(r -> r.read().article())
            .toList();
    private static final ArticleMapper MAPPER = new ArticleMapper(new UriMinter(BaseUri.of("http://localhost:3030")));

    private static Graph map(int... positions) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i : positions) {
            MAPPER.map(WORKS.get(i)).graph().find().forEachRemaining(graph::add);
        }
        return graph;
    }

    @Test
    void map_theNoticeRetractsTheWork() {
        Graph notice = map(1);
        assertTrue(ask(
                notice,
                "ASK { ?n dcterms:identifier \"10.5555/s0140-6736(20)31324-6\" ; cito:retracts ?w ;"
                        + " a fabio:RetractionNotice, fabio:JournalArticle ."
                        + " ?w dcterms:identifier \"10.5555/s0140-6736(20)31180-6\" ;"
                        + " owl:sameAs <https://doi.org/10.5555/s0140-6736(20)31180-6> ."
                        + " ?u a slod:Update ; slod:updateNotice ?n ; slod:updatedWork ?w ;"
                        + " slod:updateType \"retraction\" ; dcterms:date \"2020-06-04\"^^xsd:date }"));
    }

    @Test
    void map_theWorkSaysTheSameFromItsSide() {
        Graph work = map(0);
        Graph notice = map(1);
        assertTrue(ask(
                work,
                "ASK { ?n cito:retracts ?w ; dcterms:identifier \"10.5555/s0140-6736(20)31324-6\" ."
                        + " ?w dcterms:title ?t . ?u slod:updateNotice ?n ; slod:updatedWork ?w ;"
                        + " slod:updateAssertedBy \"publisher\", \"retraction-watch\" }"));
        assertTrue(ask(work, "ASK { ?n slod:expressesConcernAbout ?w . ?w dcterms:title ?t }"));
        String update = "SELECT ?u WHERE { ?u slod:updateType \"retraction\" }";
        assertEquals(
                SeedGraph.select(work, update).get(0).get("u"),
                SeedGraph.select(notice, update).get(0).get("u"),
                "both records name the one update alike");
    }

    @Test
    void map_correctionsAndConcernsTakeTheirOwnTerms() {
        Graph correction = map(2);
        assertEquals(1, count(correction, "?n cito:corrects ?w"));
        assertEquals(1, count(correction, "?n slod:expressesConcernAbout ?w"));
        assertEquals(2, count(correction, "?u a slod:Update"));
        assertEquals(
                0,
                count(
                        correction,
                        "?u a slod:Update ; dcterms:date ?d . ?u slod:updatedWork ?w ."
                                + " ?w dcterms:identifier \"10.5555/journal.pone.0299997\""),
                "no date where the record gives none");
    }

    @Test
    void map_anInPlaceUpdateNamesTheWorkTwice() {
        assertTrue(ask(map(4), "ASK { ?w cito:corrects ?w ; dcterms:identifier \"10.5555/su12010001\" }"));
        assertTrue(!ask(map(0), "ASK { ?w a fabio:RetractionNotice }"), "the retracted work is no notice");
    }

    @Test
    void map_aWorkWithoutUpdatesHasNoUpdateTerms() {
        assertEquals(
                0,
                count(
                        map(3),
                        "?s ?p ?o FILTER(?p IN (cito:retracts, cito:corrects, cito:updates,"
                                + " slod:expressesConcernAbout, slod:updatedWork))"));
    }

    @Test
    void map_everyRecordConformsToTheShapes() {
        ShapeValidator shapes = new ShapeValidator();
        for (Article work : WORKS) {
            assertEquals(List.of(), shapes.violations(MAPPER.map(work).graph()), work.doi());
        }
    }

    @Test
    void map_everyKindOfUpdateConformsToTheShapes() {
        ShapeValidator shapes = new ShapeValidator();
        for (UpdateKind kind : UpdateKind.values()) {
            Article notice = WORKS.get(1).toBuilder()
                    .updates(List.of(new WorkUpdate(kind, "10.5555/x", null, null)))
                    .build();
            assertEquals(List.of(), shapes.violations(MAPPER.map(notice).graph()), kind.code());
        }
    }
}
