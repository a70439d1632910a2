package org.scholarlod.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of whole folders: stopped loads' staging stores, and the catalogues and stores a benchmark fills. */
public final class FileTrees {
    private FileTrees() {}

    /** Deletes {@code folder} and everything in it; a missing folder is no error. */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
