package org.scholarlod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.model.PersonName;

class GluttonPairsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/refparse/glutton-pairs.json");

    @TempDir
    Path dir;

    @Test
    void read_eachPairGivesItsStringAndFields() throws IOException {
        List<GluttonPairs.Pair> pairs = GluttonPairs.read(FIXTURE);
        assertEquals(4, pairs.size());
        GluttonPairs.Pair first = pairs.get(0);
        assertTrue(first.text().startsWith("Kozarek RA. Balloon dilation"), first.text());
        assertEquals("Balloon dilation of the sphincter of Oddi", first.work().title());
        assertEquals("Endoscopy", first.work().containerTitle());
        assertEquals("20", first.work().volume());
        assertEquals("207", first.work().page().first());
        assertEquals(
                List.of(new PersonName("Kozarek", null, null, null)),
                first.work().authors());
        assertEquals(List.of(), pairs.get(3).work().authors(), "no firstAuthor, no author");
    }

    @Test
    void read_gzipped() throws IOException {
        Path gz = dir.resolve("pairs.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(FIXTURE));
        }
        assertEquals(GluttonPairs.read(FIXTURE), GluttonPairs.read(gz));
    }

    @Test
    void read_aPairWithoutItsStringIsRefused() throws IOException {
        Path file = dir.resolve("pairs.json");
        Files.writeString(file, "[{\"reference\": \"Kozarek RA.\"}, {\"atitle\": \"Balloon dilation\"}]");
        InputException e = assertThrows(InputException.class, () -> GluttonPairs.read(file));
        assertTrue(e.getMessage().endsWith("pairs.json: item 2: no \"reference\" string"), e.getMessage());
    }
}
