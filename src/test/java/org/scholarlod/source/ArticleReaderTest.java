package org.scholarlod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.model.Article;
import org.scholarlod.model.SourceKind;

class ArticleReaderTest {
    static final Path SEED = Path.of("data/articles/gereffi-lee-2016");

    private final ArticleReader reader = new ArticleReader();

    @Test
    void read_seedFolderMergesPageAndRecord() {
        Reading reading = reader.read(SEED);
        Article a = reading.article();
        assertEquals("10.1007/s10551-014-2373-7", a.doi());
        assertEquals("2016", a.issued());
        assertEquals("2014", a.copyright().year());
        assertEquals("Springer Science+Business Media Dordrecht", a.copyright().holder());
        assertEquals(
                List.of("Gary Gereffi", "Joonkoo Lee"),
                a.authors().stream().map(x -> x.name()).toList());
        assertEquals(List.of(1), a.authors().get(0).affiliations());
        assertEquals(2, a.fundings().get(0).fundedAuthor());
        assertEquals(95, a.references().size());
        assertEquals(
                List.of(SourceKind.SPRINGER_LANDING_PAGE, SourceKind.ARTICLE_RECORD),
                a.sources().stream().map(s -> s.kind()).toList());
        assertEquals(List.of(), reading.warnings());
    }

    @Test
    void read_bundledSeedEqualsFolder() {
        Article bundled = BundledSeed.read(reader).article();
        Article folder = reader.read(SEED).article();
        assertEquals(
                folder.toBuilder().sources(List.of()).build(),
                bundled.toBuilder().sources(List.of()).build());
    }

    @Test
    void read_conflictNamesBothValues(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("src/test/resources/pages/newer-layout.txt"), dir.resolve("page.txt"));
        Files.copy(Path.of("src/test/resources/pages/conflicting-record.json"), dir.resolve("article.json"));
        InputException e = assertThrows(InputException.class, () -> reader.read(dir));
        assertEquals(
                dir.resolve("article.json") + ": volume disagrees with the page: " + dir.resolve("page.txt")
                        + " says '126', " + dir.resolve("article.json") + " says '127'",
                e.getMessage());
    }

    @Test
    void read_agreeingRecordAddsIssueAndIssn(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("src/test/resources/pages/newer-layout.txt"), dir.resolve("page.txt"));
        Files.copy(Path.of("src/test/resources/pages/newer-layout-record.json"), dir.resolve("article.json"));
        Article a = reader.read(dir).article();
        assertEquals("4", a.issue());
        assertEquals(List.of("0138-9130", "1588-2861"), a.journal().issns());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", a.license());
    }

    @Test
    void read_missingFile() {
        InputException e = assertThrows(InputException.class, () -> reader.read(Path.of("no/such/page.txt")));
        assertEquals("no/such/page.txt: no such file or folder", e.getMessage());
    }

    @Test
    void read_emptyFile(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertEquals(
                empty + ": the file is empty",
                assertThrows(InputException.class, () -> reader.read(empty)).getMessage());
    }

    @Test
    void read_binaryFile(@TempDir Path dir) throws IOException {
        Path binary = Files.write(dir.resolve("page.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        assertEquals(
                binary + ": byte 4: binary data (NUL byte): not a text page or JSON record",
                assertThrows(InputException.class, () -> reader.read(binary)).getMessage());
    }

    @Test
    void read_notUtf8(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(dir.resolve("page.txt"), new byte[] {'T', 'i', 't', (byte) 0xE9, 'l', 'e'});
        assertEquals(
                latin1 + ": not UTF-8 text",
                assertThrows(InputException.class, () -> reader.read(latin1)).getMessage());
    }

    @Test
    void read_folderWithTwoPages(@TempDir Path dir) throws IOException {
        Files.copy(SEED.resolve("springer-landing-page.txt"), dir.resolve("a.txt"));
        Files.copy(SEED.resolve("springer-landing-page.txt"), dir.resolve("b.txt"));
        InputException e = assertThrows(InputException.class, () -> reader.read(dir));
        assertTrue(
                e.getMessage()
                        .startsWith(dir + ": a folder must hold one page and/or one JSON record; found 2 page(s)"),
                e.getMessage());
    }

    @Test
    void read_controlCharactersInAPage_areRemovedWithAWarning() {
        String page = "Journal of Testing\n, Volume 1, Issue 2, pp 3–4 | Cite as\nA Title\u0007 with a Bell\n\n"
                + "An abstract sentence that has enough words to be one \u001B[31mand an escape.\n";
        Reading reading = new ArticleReader().read("bell.txt", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("A Title with a Bell", reading.article().title());
        assertTrue(
                reading.warnings()
                        .contains("bell.txt: 2 control characters removed (U+0007 first, on line 3): "
                                + "they are not text"),
                reading.warnings().toString());
    }

    @Test
    void read_controlCharacterOrLoneSurrogateEscapedInARecord_isRefusedNamingTheField() {
        for (String title : new String[] {"A \\u0007 title", "A \\uD800 title"}) {
            byte[] json = ("{ \"title\": \"" + title + "\" }").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            InputException e = assertThrows(InputException.class, () -> new ArticleReader().read("r.json", json));
            assertTrue(e.getMessage().startsWith("r.json: title holds "), e.getMessage());
        }
    }
}
