package org.scholarlod.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.scholarlod.model.Article;
import org.scholarlod.model.SourceDocument;
import org.scholarlod.model.SourceKind;

/**
 * Reads one input: a landing-page text file, an article JSON record, or a folder holding one page and/or one
 * record, which are merged. The kind of a file is detected from its content.
 */
public final class ArticleReader {
    /** The kinds of input file, as recorded in provenance. */

    /** Control characters other than tab and line feed, which no output syntax may carry raw. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]");

    private final LandingPageReader pageReader = new LandingPageReader();
    private final ArticleRecordReader recordReader = new ArticleRecordReader();

    public Reading read(Path input) {
        if (Files.isDirectory(input)) {
            return readFolder(input);
        }
        return readFile(input, input.toString());
    }

    /** Reads a document already in memory, such as the bundled seed; {@code name} names it in messages. */
    public Reading read(String name, byte[] bytes) {
        String decoded = decode(name, bytes);
        String text = CONTROL.matcher(decoded).replaceAll("");
        SourceDocument source = SourceDocument.of(fileName(name), kind(text), bytes);
        Reading reading = source.kind() == SourceKind.ARTICLE_RECORD
                ? recordReader.read(name, text)
                : pageReader.read(name, text);
        Article article = reading.article().toBuilder().sources(List.of(source)).build();
        List<String> warnings = new ArrayList<>(reading.warnings());
        int removed = decoded.length() - text.length();
        if (removed > 0) {
            Matcher first = CONTROL.matcher(decoded);
            first.find();
            long line = decoded.substring(0, first.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            warnings.add(name + ": " + removed + " control character" + (removed == 1 ? "" : "s") + " removed ("
                    + String.format("U+%04X", (int) decoded.charAt(first.start())) + " first, on line " + line
                    + "): they are not text");
        }
        return new Reading(article, warnings);
    }

    private Reading readFile(Path file, String name) {
        if (!Files.exists(file)) {
            throw new InputException(name, null, "no such file or folder");
        }
        return read(name, bytes(file, name));
    }

    private Reading readFolder(Path folder) {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (!file.getFileName().toString().startsWith(".")) {
                    documents.add(new Document(file.toString(), bytes(file, file.toString())));
                }
            }
        } catch (IOException e) {
            throw new InputException(folder.toString(), null, "folder cannot be listed (" + e.getMessage() + ")", e);
        }
        return read(folder.toString(), documents);
    }

    /** Reads one page and/or one record, given as documents in memory, and merges them into one article. */
    public Reading read(String label, List<Document> documents) {
        List<Reading> pages = new ArrayList<>();
        List<Reading> records = new ArrayList<>();
        List<String> pageNames = new ArrayList<>();
        List<String> recordNames = new ArrayList<>();
        for (Document document : documents) {
            Reading reading = read(document.name(), document.bytes());
            boolean record = reading.article().sources().get(0).kind() == SourceKind.ARTICLE_RECORD;
            (record ? records : pages).add(reading);
            (record ? recordNames : pageNames).add(document.name());
        }
        if (pages.size() > 1 || records.size() > 1 || pages.isEmpty() && records.isEmpty()) {
            throw new InputException(
                    label,
                    null,
                    "a folder must hold one page and/or one JSON record; found " + pages.size() + " page(s) "
                            + pageNames + " and " + records.size() + " record(s) " + recordNames);
        }
        if (records.isEmpty() || pages.isEmpty()) {
            return pages.isEmpty() ? records.get(0) : pages.get(0);
        }
        Article merged = new ArticleMerger(pageNames.get(0), recordNames.get(0))
                .merge(pages.get(0).article(), records.get(0).article());
        return new Reading(merged, MissingFacts.warning(label, "not in the page or the record", merged));
    }

    /** A named input held in memory. */
    public record Document(String name, byte[] bytes) {}

    private static byte[] bytes(Path file, String name) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(
                    name, null, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private static SourceKind kind(String text) {
        String start = text.stripLeading();
        return start.startsWith("{") ? SourceKind.ARTICLE_RECORD : SourceKind.SPRINGER_LANDING_PAGE;
    }

    private static String decode(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InputException(name, null, "the file is empty");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(name, "byte " + i, "binary data (NUL byte): not a text page or JSON record");
            }
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new InputException(name, null, "not UTF-8 text", e);
        }
    }

    private static String fileName(String name) {
        Path path = Path.of(name).getFileName();
        return path == null ? name : path.toString();
    }
}
