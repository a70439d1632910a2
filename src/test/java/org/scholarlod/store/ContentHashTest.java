package org.scholarlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.Article;
import org.scholarlod.model.SourceDocument;
import org.scholarlod.model.SourceKind;
import org.scholarlod.rdf.ArticleMapper;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.SharedLayout;
import org.scholarlod.rdf.UriMinter;

/** What makes an article changed for the change log: what it says, not where it was read from. */
class ContentHashTest {
    private static final ArticleMapper MAPPER = new ArticleMapper(new UriMinter(BaseUri.of("http://localhost:3030")));
    private static final Article ARTICLE = Article.builder()
            .doi("10.5555/rp.2020.001")
            .title("Open science and firm patenting")
            .issued("2020")
            .build();

    private static String hash(Article article, String file) {
        SourceDocument source =
                SourceDocument.of(file, SourceKind.CROSSREF_WORK, file.getBytes(StandardCharsets.UTF_8));
        return ContentHash.of(SharedLayout.of(
                MAPPER.map(article.toBuilder().sources(List.of(source)).build())));
    }

    @Test
    void of_theSameArticleFromAnotherFile_isTheSame() {
        assertEquals(hash(ARTICLE, "first-load.jsonl"), hash(ARTICLE, "second-load.jsonl"));
    }

    @Test
    void of_anArticleThatSaysSomethingElse_differs() {
        assertNotEquals(
                hash(ARTICLE, "first-load.jsonl"),
                hash(ARTICLE.toBuilder().title("Open science and patenting").build(), "first-load.jsonl"));
    }
}
