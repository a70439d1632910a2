package org.scholarlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scholarlod.rdf.SeedGraph.ask;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.Article;
import org.scholarlod.model.Book;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.SourceDocument;
import org.scholarlod.model.SourceKind;
import org.scholarlod.model.WorkType;

/** A book chapter is a fabio:BookChapter part of a fabio:Book, with the book's editors, ISBNs and series. */
class BookMapperTest {
    private static final Article CHAPTER = Article.builder()
            .type(WorkType.CHAPTER)
            .doi("10.1007/978-3-030-11111-3_12")
            .title("Governance and Upgrading in Apparel Value Chains")
            .pages(PageRange.parse("250–325"))
            .issued("2019")
            .book(new Book(
                    "Handbook of Global Value Chains",
                    List.of(PersonName.person("Meyer", "Anna"), PersonName.person("Rossi", "Carlo")),
                    "Advances in Business Ethics",
                    "47",
                    List.of("978-3-030-11111-3", "978-3-030-11110-6"),
                    "Springer, Cham"))
            .sources(List.of(new SourceDocument("chapter.txt", SourceKind.SPRINGER_LANDING_PAGE, "ab".repeat(32))))
            .build();

    private final Graph graph = new ArticleMapper(new UriMinter(new BaseUri("https://lod.example.org/")))
            .map(CHAPTER)
            .graph();

    @Test
    void map_chapterIsPartOfItsBook() {
        assertTrue(ask(
                graph,
                "ASK { ?c a fabio:BookChapter ; dcterms:isPartOf ?b ; frbr:partOf ?b ;"
                        + " prism:startingPage \"250\" ; prism:endingPage \"325\" ."
                        + " ?b a fabio:Book ; dcterms:title \"Handbook of Global Value Chains\" }"));
        assertFalse(ask(graph, "ASK { ?c a fabio:JournalArticle }"));
        assertFalse(ask(graph, "ASK { ?j a fabio:Journal }"));
    }

    @Test
    void map_bookEditorsInOrder() {
        assertTrue(ask(
                graph,
                "ASK { ?b a fabio:Book ; pro:isDocumentContextFor ?r1 . ?r1 pro:withRole pro:editor ;"
                        + " pro:isHeldBy [ foaf:familyName \"Meyer\" ; foaf:givenName \"Anna\" ] ; oco:hasNext ?r2 ."
                        + " ?r2 pro:isHeldBy [ foaf:familyName \"Rossi\" ] }"));
    }

    @Test
    void map_bookSeriesIsbnsAndPublisher() {
        assertTrue(ask(
                graph,
                "ASK { ?b a fabio:Book ; frbr:partOf ?s ; fabio:hasSequenceIdentifier \"47\" ;"
                        + " dcterms:publisher [ foaf:name \"Springer, Cham\" ] ."
                        + " ?s a fabio:BookSeries ; dcterms:title \"Advances in Business Ethics\" ."
                        + " ?b datacite:hasIdentifier [ datacite:usesIdentifierScheme datacite:isbn ;"
                        + " literal:hasLiteralValue \"9783030111106\" ] ."
                        + " ?b datacite:hasIdentifier [ literal:hasLiteralValue \"9783030111113\" ] }"));
        assertTrue(ask(graph, "ASK { <https://lod.example.org/id/book/isbn-9783030111106> a fabio:Book }"));
    }

    @Test
    void map_chapterConformsToTheShapes() {
        assertEquals(List.of(), new ShapeValidator().violations(graph));
    }
}
