package org.scholarlod.cli;

import java.nio.file.Path;
import org.scholarlod.store.ArticleStore;
import org.scholarlod.store.ArticleStores;
import picocli.CommandLine.Option;

/** The {@code --db} of a command that works on the default store unless told otherwise ({@code serve}, {@code link}). */
final class DefaultStoreOption {
    @Option(
            names = "--db",
            paramLabel = "DIR",
            defaultValue = Defaults.DATABASE,
            description = "TDB2 database directory (default: ${DEFAULT-VALUE}).")
    Path directory;

    /** Opens the store, creating an empty one where there is none. */
    ArticleStore open() {
        return ArticleStores.open(directory);
    }

    /** Opens the store to write to it; refused for a patch log's writer store, whose writes must be recorded. */
    ArticleStore openForWriting() {
        return ArticleStores.openForWriting(directory);
    }
}
