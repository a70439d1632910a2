package org.scholarlod.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarlod.rdf.UriMinter;
import org.scholarlod.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod rebase}: re-mint a store's URIs under another base. */
@Command(
        name = "rebase",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Re-mint every URI of a store under another base, in one write transaction.",
            "For a store served at another address than it was minted for (say, on another port)."
        },
        footer = ExitCode.HELP_FOOTER)
final class RebaseCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--db", paramLabel = "DIR", required = true, description = "TDB2 database directory.")
    Path db;

    @Option(
            names = "--base",
            paramLabel = "URI",
            required = true,
            description = "The base to mint under from now on, e.g. http://localhost:8080/.")
    String base;

    @Override
    public Integer call() {
        String to = Defaults.base(base);
        new UriMinter(to); // refuses a base that is not an absolute http(s) URI, before the store is touched
        try (Tdb2Store store = Tdb2Store.open(db)) {
            String from = store.mintedBase();
            if (from == null) {
                main.err().printf("scholarlod: %s is empty: nothing to re-mint%n", db);
            } else if (from.equals(to)) {
                main.err().printf("scholarlod: %s is already minted under %s%n", db, to);
            } else {
                long quads = store.rebase(from, to);
                main.err().printf("scholarlod: re-minted %s from %s to %s (%d quads)%n", db, from, to, quads);
            }
        }
        return ExitCode.OK;
    }
}
