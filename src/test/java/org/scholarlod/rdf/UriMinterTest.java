package org.scholarlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.Article;
import org.scholarlod.model.Author;
import org.scholarlod.model.Journal;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.Reference;

class UriMinterTest {
    private final UriMinter uris = new UriMinter(new BaseUri("https://lod.example.org/"));

    @Test
    void articleKey_doiLowerCasedAndReadable() {
        assertEquals(
                "10.1007/s10551-014-2373-7",
                uris.articleKey(
                        Article.builder().doi("10.1007/S10551-014-2373-7").build()));
    }

    @Test
    void articleKey_doiWithUnsafeCharactersHashed() {
        String key = uris.articleKey(Article.builder()
                .doi("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O")
                .build());
        assertEquals("10-1002-sici-1097-4571-199806-49-8-693-aid-asi4-3-0-co-2-o-", key.substring(0, key.length() - 8));
        assertNotEquals(
                key,
                uris.articleKey(Article.builder()
                        .doi("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-P")
                        .build()));
    }

    @Test
    void articleKey_withoutDoiFromJournalVolumePage() {
        Article a = Article.builder()
                .journal(new Journal("Zeitschrift für Soziologie"))
                .volume("12")
                .pages(PageRange.parse("101–120"))
                .build();
        assertEquals("zeitschrift-fur-soziologie-12-101", uris.articleKey(a));
    }

    @Test
    void articleKey_nothingToNameItBy() {
        assertThrows(
                IllegalArgumentException.class,
                () -> uris.articleKey(Article.builder().build()));
    }

    @Test
    void person_byOrcidElseName() {
        assertEquals(
                "https://lod.example.org/id/person/orcid-0000-0002-1694-233x",
                uris.person(new Author("A", "B", "0000-0002-1694-233X", List.of()))
                        .getURI());
        assertEquals(
                "https://lod.example.org/id/person/jan-de-vries",
                uris.person(new Author("Jan", "de Vries", null, List.of())).getURI());
    }

    @Test
    void citedWork_sameTextSameNode() {
        Reference a = new Reference(3, "Porter, M. E. (1998). Clusters and the new economics of competition.");
        Reference b = new Reference(41, "Porter, M.E. (1998). Clusters and the new economics of competition");
        assertEquals(uris.citedWork(a), uris.citedWork(b));
        assertEquals(
                "https://lod.example.org/id/work/porter-1998-",
                uris.citedWork(a).getURI().substring(0, 44));
    }

    @Test
    void articleKey_longTitleWithoutDoi_endsInItsHashOnce() {
        String title = "Mapping the territory of open citation data for small publishers: a case study in linked"
                + " scholarly metadata";
        String key = uris.articleKey(Article.builder().title(title).build());
        String hash = key.substring(key.lastIndexOf('-') + 1);
        assertEquals(8, hash.length(), key);
        assertEquals(key.indexOf(hash), key.lastIndexOf(hash), "the hash appears once: " + key);
        assertEquals(
                "open-citation",
                uris.articleKey(Article.builder().title("Open citation").build())
                        .substring(0, 13));
    }

    @Test
    void articleKey_longUnsafeDoi_endsInItsHashOnce() {
        String key = uris.articleKey(Article.builder()
                .doi("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O"
                        + "(a-very-long-suffix-that-goes-on-and-on)")
                .build());
        String hash = key.substring(key.lastIndexOf('-') + 1);
        assertEquals(key.indexOf(hash), key.lastIndexOf(hash), "the hash appears once: " + key);
    }

    @Test
    void citedWork_unparsedReferencesOfTwoArticles_areTwoWorks() {
        Reference junk = new Reference(1, "1.");
        assertNotEquals(uris.citedWork("article-a", junk), uris.citedWork("article-b", junk));
        assertEquals(
                "https://lod.example.org/id/article/article-a/reference/1/work",
                uris.citedWork("article-a", junk).getURI());
    }

    @Test
    void slug_longTextCutWithHash() {
        String slug = UriMinter.slug("A very long title ".repeat(10));
        assertEquals(60 + 1 + 8, slug.length());
    }

    @Test
    void describedWith_agentsAndRolesOfAWorkGoWithIt() {
        Node work = NodeFactory.createURI("https://lod.example.org/id/work/doi/10.5555/cited");
        Node article = NodeFactory.createURI("https://lod.example.org/id/article/10.5555/citing");
        assertEquals(work, uris.describedWith(uris.workAgent(work, "author", 3)));
        assertEquals(work, uris.describedWith(uris.workRole(work, "editor", 12)));
        assertEquals(article, uris.describedWith(uris.workAgent(article, "author", 1)));
        assertEquals(article, uris.describedWith(uris.workRole(article, "editor", 2)));
        for (String own : List.of(
                "id/person/orcid-0000-0002-1825-0097",
                "id/work/doi/10.5555/author/x",
                "id/work/doi/10.5555/author/",
                "id/work/doi/10.5555/coauthor/2",
                "id/work/doi/10.5555/role",
                "/role")) {
            Node node = NodeFactory.createURI("https://lod.example.org/" + own);
            assertEquals(node, uris.describedWith(node), own);
        }
        Node blank = NodeFactory.createBlankNode();
        assertEquals(blank, uris.describedWith(blank));
    }
}
