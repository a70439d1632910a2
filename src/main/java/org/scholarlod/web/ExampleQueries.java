package org.scholarlod.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The example queries of data/queries/, bundled in the jar, for the query form on the home page. */
final class ExampleQueries {
    private ExampleQueries() {}

    /**
     * Read once: the jar does not change while it runs, and opening it as a file system on every request failed
     * when two requests did it at once (FileSystemAlreadyExistsException, found by LoadIT).
     */
    private static final class Bundled {
        static final List<Map<String, String>> QUERIES = load();
    }

    /** Each query's title (its first comment line) and text, by file name. */
    static List<Map<String, String>> all() {
        return Bundled.QUERIES;
    }

    private static List<Map<String, String>> load() {
        URL folder = ExampleQueries.class.getResource("/queries");
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("/queries"));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, String>> read(Path folder) throws IOException {
        List<Map<String, String>> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String title = text.lines()
                        .filter(l -> l.startsWith("#"))
                        .findFirst()
                        .orElse(file.getFileName().toString())
                        .replaceFirst("^#\\s*", "");
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                queries.add(Map.of("name", name, "title", title, "text", text));
            }
        }
        return List.copyOf(queries);
    }
}
