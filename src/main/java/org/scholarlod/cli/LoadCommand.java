package org.scholarlod.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholarlod.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod load}: articles into a TDB2 store, all or nothing. */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert articles and load them into a TDB2 store in one write transaction.",
            "Re-loading an article replaces its graph; if any input fails, the store is left as it was."},
        footer = ExitCode.HELP_FOOTER)
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--db", paramLabel = "DIR", required = true, description = "TDB2 database directory.")
    Path db;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders.")
    List<Path> inputs;

    @Option(names = "--base", paramLabel = "URI", defaultValue = Defaults.BASE,
            description = "Base under which URIs are minted (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        Conversion conversion = new Conversion(base, true, main.err());
        try (Tdb2Store store = Tdb2Store.open(db)) {
            int loaded = store.replace(conversion.graphs(inputs));
            main.err().printf("scholarlod: loaded %d article(s) into %s; it holds %d article graph(s)%n",
                    loaded, db, store.graphCount());
        }
        return ExitCode.OK;
    }
}
