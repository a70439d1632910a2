package org.scholarlod.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarlod.store.Tdb2Store;
import org.scholarlod.pipeline.ArticleSink;
import org.scholarlod.pipeline.ConversionPipeline;
import org.scholarlod.pipeline.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod load}: articles into a TDB2 store, in bounded transactions of whole articles. */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert articles and load them into a TDB2 store, in write transactions of up to 500 whole "
                + "articles.",
            "Re-loading an article replaces its graph. A record that cannot be converted is skipped and named and "
                + "its article left as it was; a crash leaves every article as it was or as loaded."},
        footer = ExitCode.HELP_FOOTER)
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ArticleInputs articles;

    @Mixin
    PipelineSettings pipeline;

    @Option(names = "--db", paramLabel = "DIR", required = true, description = "TDB2 database directory.")
    Path db;

    @Override
    public Integer call() {
        String base = Defaults.base(articles.base);
        try (Tdb2Store store = Tdb2Store.open(db)) {
            String minted = store.mintedBase();
            if (minted != null && !minted.equals(Defaults.base(articles.base))) {
                throw new IllegalArgumentException(db + " was minted under " + minted + ", not "
                        + Defaults.base(articles.base) + ": load with --base " + minted);
            }
            Summary summary;
            try (ArticleSink loader = store.loader()) {
                summary = new ConversionPipeline("scholarlod load", pipeline.options(base, true, main.verbose), main.err())
                        .run(articles.names(), System.in, loader);
            }
            long held = store.graphCount();
            pipeline.printSummary(summary, main.err());
            main.err().printf("scholarlod: loaded %,d article%s into %s; it holds %,d article graph%s%n",
                    summary.converted(), summary.converted() == 1 ? "" : "s", db, held, held == 1 ? "" : "s");
            return PipelineSettings.exitCode(summary);
        }
    }
}
