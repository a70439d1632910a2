package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeiCorpusTest {
    @Test
    void read_fieldsSegmentsAndNormalisedTags(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x.training.references.tei.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tei xmlns="http://www.tei-c.org/ns/1.0"><listBibl>
                <bibl><author>Smith, J.</author> (<date>2001</date>). <title level="a">A title</title>. In <editor>A. Jones</editor>
                (Ed.), <title level="m">The book</title> (pp. <biblScope unit="page">1-9</biblScope>). <pubplace>London</pubplace>:
                <lb/><publisher>Press</publisher>. <idno type="DOI">10.1/x</idno></bibl>
                <bibl><author>K. Lee</author>, <title level="m">Only a book</title>, <orgName>Some Institute</orgName>, <date>1999</date>.</bibl>
                </listBibl></tei>
                """);
        List<TeiCorpus.Entry> entries = TeiCorpus.read(file);
        assertEquals(2, entries.size());
        TeiCorpus.Entry chapter = entries.get(0);
        // <lb/> is the PDF's line break, kept; the file's own line breaks are only layout, made spaces.
        assertEquals(
                "Smith, J. (2001). A title. In A. Jones (Ed.), The book (pp. 1-9). London:\nPress. 10.1/x",
                chapter.raw());
        assertEquals(
                Map.of(
                        "author",
                        "Smith, J.",
                        "issued",
                        "2001",
                        "title",
                        "A title",
                        "editor",
                        "A. Jones",
                        "container-title",
                        "The book",
                        "page",
                        "1-9",
                        "publisher-place",
                        "London",
                        "publisher",
                        "Press",
                        "DOI",
                        "10.1/x"),
                chapter.fields());
        assertEquals(
                "container-title",
                chapter.segments().stream()
                        .filter(s -> s.text().equals("The book"))
                        .findFirst()
                        .orElseThrow()
                        .label());
        TeiCorpus.Entry book = entries.get(1);
        assertEquals("Only a book", book.fields().get("title"));
        assertEquals("Some Institute", book.fields().get("publisher"));
    }

    @Test
    void read_malformedFileGivesNothing(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), TeiCorpus.read(Files.writeString(dir.resolve("bad.xml"), "<bibl><author>x</bibl>")));
    }
}
