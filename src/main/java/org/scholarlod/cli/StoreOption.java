package org.scholarlod.cli;

import java.nio.file.Path;
import org.scholarlod.store.ArticleStore;
import org.scholarlod.store.ArticleStores;
import picocli.CommandLine.Option;

/** The {@code --db} of a command that works on a store the user names: required, no default. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR", required = true, description = "TDB2 database directory.")
    Path directory;

    /** Opens the named store. */
    ArticleStore open() {
        return ArticleStores.open(directory);
    }

    /** Opens the store to write to it; refused for a patch log's writer store, whose writes must be recorded. */
    ArticleStore openForWriting() {
        return ArticleStores.openForWriting(directory);
    }
}
