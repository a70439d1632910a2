package org.scholarlod.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarlod.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod load}: articles into a TDB2 store, all or nothing. */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert articles and load them into a TDB2 store in one write transaction.",
            "Re-loading an article replaces its graph; if any input fails, the store is left as it was."},
        footer = ExitCode.HELP_FOOTER)
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ArticleInputs articles;

    @Option(names = "--db", paramLabel = "DIR", required = true, description = "TDB2 database directory.")
    Path db;

    @Override
    public Integer call() {
        Conversion conversion = new Conversion(articles.base, true, main.err());
        try (Tdb2Store store = Tdb2Store.open(db)) {
            String minted = store.mintedBase();
            if (minted != null && !minted.equals(Defaults.base(articles.base))) {
                throw new IllegalArgumentException(db + " was minted under " + minted + ", not "
                        + Defaults.base(articles.base) + ": load with --base " + minted);
            }
            int loaded = store.replace(conversion.graphs(articles.inputs));
            long held = store.graphCount();
            main.err().printf("scholarlod: loaded %d article%s into %s; it holds %d article graph%s%n",
                    loaded, loaded == 1 ? "" : "s", db, held, held == 1 ? "" : "s");
        }
        return ExitCode.OK;
    }
}
