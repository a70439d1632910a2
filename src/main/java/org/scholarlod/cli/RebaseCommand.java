package org.scholarlod.cli;

import java.util.concurrent.Callable;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    StoreOption db;

    @Option(
            names = "--base",
            paramLabel = "URI",
            required = true,
            description = "The base to mint under from now on, e.g. http://localhost:8080/.")
    BaseUri base;

    @Override
    public Integer call() {
        BaseUri to = base;
        try (ArticleStore store = db.openForWriting()) {
            BaseUri from = store.mintedBase();
            if (from == null) {
                main.err().printf("scholarlod: %s is empty: nothing to re-mint%n", db.directory);
            } else if (from.equals(to)) {
                main.err().printf("scholarlod: %s is already minted under %s%n", db.directory, to);
            } else {
                long quads = store.rebase(from, to);
                main.err().printf("scholarlod: re-minted %s from %s to %s (%d quads)%n", db.directory, from, to, quads);
            }
        }
        return ExitCode.OK;
    }
}
