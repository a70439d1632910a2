package org.scholarlod.source.catalogue;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.scholarlod.source.ArticleReader;
import org.scholarlod.source.InputException;
import org.scholarlod.source.TextPosition;
import org.scholarlod.source.jats.JatsReader;

/**
 * Walks inputs in order and hands each article's record to a consumer as soon as it is found, so that a
 * catalogue is never held in memory. An input that cannot be walked on (a missing file, a broken archive) is
 * handed on as a record whose reading fails, naming the file and the problem, and the walk goes on.
 */
public final class CatalogueWalker {
    /** The standard-input argument. */
    public static final String STDIN = "-";
    /** A landing page or a record is read whole; anything larger is not one. */
    static final int MAX_DOCUMENT = 16 << 20;

    private final AtomicLong bytesRead = new AtomicLong();
    private final ArticleReader articles = new ArticleReader();
    private final CrossrefStream crossref = new CrossrefStream();
    private final JatsReader jats = new JatsReader();

    /** Bytes of the input files read so far (safe to call from any thread), for progress. */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** The bytes of all the files {@code inputs} name, folders walked; -1 if they include standard input. */
    public static long size(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            if (STDIN.equals(input)) {
                return -1;
            }
            try (Stream<Path> files = Files.walk(Path.of(input))) {
                total += files.filter(Files::isRegularFile)
                        .mapToLong(p -> p.toFile().length())
                        .sum();
            } catch (IOException | java.io.UncheckedIOException e) {
                return -1;
            }
        }
        return total;
    }

    /** Walks {@code inputs} (paths, or {@value #STDIN} for standard input), handing records to {@code sink}. */
    public void walk(List<String> inputs, InputStream stdin, Consumer<InputRecord> sink) {
        for (String input : inputs) {
            if (STDIN.equals(input)) {
                stream(stdin, "stdin", sink);
            } else {
                path(Path.of(input), input, sink);
            }
        }
    }

    private void path(Path path, String name, Consumer<InputRecord> sink) {
        if (Files.isDirectory(path)) {
            folder(path, name, sink);
        } else if (!Files.exists(path)) {
            sink.accept(failed(name, null, "no such file or folder"));
        } else {
            try (InputStream in = new Counted(Files.newInputStream(path), bytesRead)) {
                stream(in, name, sink);
            } catch (IOException e) {
                sink.accept(failed(name, null, "cannot be read (" + e.getMessage() + ")"));
            }
        }
    }

    /** A folder pairing one landing page with one record is one article, as ever; any other is walked. */
    private void folder(Path folder, String name, Consumer<InputRecord> sink) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            sink.accept(failed(name, null, "folder cannot be listed (" + e.getMessage() + ")"));
            return;
        }
        if (ArticlePair.holdsOne(entries)) {
            sink.accept(new InputRecord(name, null, null, () -> articles.read(folder)));
            return;
        }
        for (Path entry : entries) {
            path(entry, entry.toString(), sink);
        }
    }

    private void stream(InputStream raw, String name, Consumer<InputRecord> sink) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        try {
            switch (Sniff.of(in)) {
                case GZIP -> stream(new GZIPInputStream(in, 1 << 16), name, sink);
                case ZIP -> zip(new ZipInputStream(in), name, sink);
                case TAR -> tar(new TarArchiveInputStream(in), name, sink);
                case JSON -> {
                    if (Sniff.crossref(in)) {
                        crossref.read(new Unclosed(in), name, sink);
                    } else {
                        document(in, name, sink);
                    }
                }
                case XML -> xml(in, name, sink);
                case TEXT -> document(in, name, sink);
                case EMPTY -> sink.accept(failed(name, null, "the file is empty"));
            }
        } catch (IOException e) {
            sink.accept(failed(name, null, "cannot be read (" + describe(e) + ")"));
        }
    }

    private void zip(ZipInputStream zip, String name, Consumer<InputRecord> sink) throws IOException {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (!entry.isDirectory() && !hidden(entry.getName())) {
                stream(new Unclosed(zip), name + "!" + entry.getName(), sink);
            }
        }
    }

    private void tar(TarArchiveInputStream tar, String name, Consumer<InputRecord> sink) throws IOException {
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            if (entry.isFile() && !hidden(entry.getName())) {
                stream(new Unclosed(tar), name + "!" + entry.getName(), sink);
            }
        }
    }

    /** A landing page or an article record, read whole (they are small) and parsed when the record is read. */
    private void document(InputStream in, String name, Consumer<InputRecord> sink) throws IOException {
        byte[] bytes = in.readNBytes(MAX_DOCUMENT + 1);
        if (bytes.length > MAX_DOCUMENT) {
            sink.accept(failed(
                    name,
                    null,
                    "larger than " + (MAX_DOCUMENT >> 20) + " MiB: not a landing page or an" + " article record"));
            return;
        }
        sink.accept(new InputRecord(name, null, null, () -> articles.read(name, bytes)));
    }

    /** A JATS article, read whole (an article's XML is at most a few megabytes) and parsed when read. */
    private void xml(InputStream in, String name, Consumer<InputRecord> sink) throws IOException {
        byte[] bytes = in.readNBytes(MAX_DOCUMENT + 1);
        if (bytes.length > MAX_DOCUMENT) {
            sink.accept(failed(name, null, "larger than " + (MAX_DOCUMENT >> 20) + " MiB: not one JATS article"));
            return;
        }
        sink.accept(new InputRecord(name, null, null, () -> jats.read(name, bytes)));
    }

    private static boolean hidden(String entry) {
        String last = entry.substring(entry.lastIndexOf('/') + 1);
        return last.startsWith(".") || last.startsWith("__MACOSX") || entry.startsWith("__MACOSX/");
    }

    static InputRecord failed(String file, String position, String problem) {
        return new InputRecord(file, position, null, () -> {
            throw new InputException(file, position, problem);
        });
    }

    /** A record that fails at a line and column of {@code file}. */
    static InputRecord failedAt(String file, TextPosition position, String problem) {
        return new InputRecord(file, position == null ? null : position.toString(), null, () -> {
            throw InputException.at(file, position, problem, null);
        });
    }

    static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** An archive entry's stream, which a reader may close without closing the archive. */
    /** Counts the bytes read through it. */
    private static final class Counted extends FilterInputStream {
        private final AtomicLong count;

        Counted(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }

    static final class Unclosed extends FilterInputStream {
        Unclosed(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The archive (or the caller) owns the stream.
        }
    }
}
