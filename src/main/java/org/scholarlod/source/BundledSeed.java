package org.scholarlod.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The seed article bundled in the jar (the files of {@code data/articles/gereffi-lee-2016/}), read like a folder. */
public final class BundledSeed {
    private static final List<String> FILES = List.of("springer-landing-page.txt", "article.json");

    private BundledSeed() {}

    public static Reading read(ArticleReader reader) {
        List<ArticleReader.Document> documents = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = BundledSeed.class.getResourceAsStream("/seed/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled seed file " + file + " is missing from the jar");
                }
                documents.add(new ArticleReader.Document(file, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reader.read("bundled seed", documents);
    }
}
