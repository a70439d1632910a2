package org.scholarlod.source.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.source.InputException;

class CatalogueWalkerTest {
    private static final String WORK_A = "{\"DOI\":\"10.5555/a\",\"type\":\"journal-article\",\"title\":[\"A\"]}";
    private static final String WORK_B = "{\"DOI\":\"10.5555/b\",\"type\":\"journal-article\",\"title\":[\"B\"]}";
    private static final String SLICE = "{\"items\":[" + WORK_A + ",\n" + WORK_B + "]}";

    @TempDir
    Path dir;

    @Test
    void walk_dataFileSliceGzipped() throws IOException {
        Path slice = write("0.json.gz", gzip(SLICE));
        List<InputRecord> records = Records.walk(slice.toString());
        assertEquals(
                List.of("10.5555/a", "10.5555/b"),
                records.stream().map(InputRecord::doi).toList());
        assertEquals(
                List.of("item 1", "item 2"),
                records.stream().map(InputRecord::position).toList());
        assertEquals("B", records.get(1).read().article().title());
    }

    @Test
    void walk_tarOfGzippedSlicesInEntryOrder() throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(tar)) {
            entry(out, "crossref/1.json.gz", gzip("{\"items\":[" + WORK_B + "]}"));
            entry(out, "crossref/0.json.gz", gzip("{\"items\":[" + WORK_A + "]}"));
        }
        Path archive = write("snapshot.tar.gz", gzip(tar.toByteArray()));
        List<InputRecord> records = Records.walk(archive.toString());
        assertEquals(
                List.of(archive + "!crossref/1.json.gz: item 1", archive + "!crossref/0.json.gz: item 1"),
                records.stream().map(InputRecord::label).toList());
        assertEquals(
                "1.json.gz#item-1",
                records.get(0).read().article().sources().get(0).name());
    }

    @Test
    void walk_zipSkippingHiddenEntries() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("works/a.json"));
            out.write(WORK_A.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("__MACOSX/._a.json"));
            out.write(new byte[] {0, 5, 22, 7});
            out.putNextEntry(new ZipEntry("works/.DS_Store"));
            out.write(new byte[] {0, 0, 0, 1});
        }
        List<InputRecord> records =
                Records.walk(write("works.zip", zip.toByteArray()).toString());
        assertEquals(1, records.size());
        assertEquals("A", records.get(0).read().article().title());
    }

    @Test
    void walk_jsonLinesGzippedOnStandardInput() throws IOException {
        byte[] lines = gzip(WORK_A + "\n" + WORK_B + "\n");
        List<InputRecord> records = Records.walk(new ByteArrayInputStream(lines), "-");
        assertEquals(
                List.of("stdin: line 1", "stdin: line 2"),
                records.stream().map(InputRecord::label).toList());
    }

    @Test
    void walk_bareArrayOfWorks() throws IOException {
        List<InputRecord> records =
                Records.walk(write("works.json", ("[" + WORK_A + "," + WORK_B + "]").getBytes(StandardCharsets.UTF_8))
                        .toString());
        assertEquals(2, records.size());
    }

    @Test
    void walk_brokenJsonKeepsWhatCameBeforeAndNamesThePlace() throws IOException {
        Path file = write(
                "broken.jsonl",
                (WORK_A + "\n{\"DOI\": \"10.5555/x\", oops}\n" + WORK_B).getBytes(StandardCharsets.UTF_8));
        List<InputRecord> records = Records.walk(file.toString());
        assertEquals(2, records.size());
        assertEquals("A", records.get(0).read().article().title());
        InputException e =
                assertThrows(InputException.class, () -> records.get(1).read());
        assertTrue(e.getMessage().startsWith(file + ": line 2, column 22: not valid JSON"), e.getMessage());
        assertEquals(java.util.Optional.of(new org.scholarlod.source.TextPosition(2, 22)), e.position());
    }

    @Test
    void walk_folderRecursivelyInNameOrder() throws IOException {
        Files.createDirectories(dir.resolve("cat/2019"));
        Files.writeString(dir.resolve("cat/2019/b.json"), WORK_B);
        Files.writeString(dir.resolve("cat/a.json"), WORK_A);
        Files.writeString(dir.resolve("cat/.hidden.json"), "not read");
        List<InputRecord> records = Records.walk(dir.resolve("cat").toString());
        assertEquals(
                List.of("10.5555/b", "10.5555/a"),
                records.stream().map(InputRecord::doi).toList());
    }

    @Test
    void walk_folderPairingAPageAndARecordIsOneArticle() throws IOException {
        Path pair = Files.createDirectories(dir.resolve("pair"));
        Files.copy(Path.of("data/articles/gereffi-lee-2016/springer-landing-page.txt"), pair.resolve("page.txt"));
        Files.writeString(pair.resolve("record.json"), "{\"doi\": \"10.1007/s10551-014-2373-7\"}");
        List<InputRecord> records = Records.walk(pair.toString());
        assertEquals(1, records.size());
        assertEquals(2, records.get(0).read().article().sources().size());
    }

    @Test
    void walk_refusesWhatItCannotReadAndGoesOn() throws IOException {
        Path xml = write("article.xml", "<?xml version=\"1.0\"?><article/>".getBytes(StandardCharsets.UTF_8));
        Path empty = write("empty.json", new byte[0]);
        Path slice = write("ok.json", SLICE.getBytes(StandardCharsets.UTF_8));
        List<InputRecord> records = Records.walk(
                xml.toString(), dir.resolve("missing.json").toString(), empty.toString(), slice.toString());
        assertEquals(5, records.size());
        assertEquals(
                xml + ": a JATS article without front/article-meta: nothing to read",
                assertThrows(InputException.class, () -> records.get(0).read()).getMessage());
        assertEquals(
                dir.resolve("missing.json") + ": no such file or folder",
                assertThrows(InputException.class, () -> records.get(1).read()).getMessage());
        assertEquals(
                empty + ": the file is empty",
                assertThrows(InputException.class, () -> records.get(2).read()).getMessage());
        assertEquals("A", records.get(3).read().article().title());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void entry(TarArchiveOutputStream out, String name, byte[] bytes) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(bytes.length);
        out.putArchiveEntry(entry);
        out.write(bytes);
        out.closeArchiveEntry();
    }

    private static byte[] gzip(String text) throws IOException {
        return gzip(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }
}
