package org.scholarlod.cli;

import java.util.concurrent.Callable;
import org.scholarlod.pipeline.ArticleSink;
import org.scholarlod.pipeline.ConversionPipeline;
import org.scholarlod.pipeline.PipelineOptions;
import org.scholarlod.pipeline.Summary;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.store.ArticleStore;
import org.scholarlod.store.FreshStoreLoad;
import org.scholarlod.store.LoadProgress;
import org.scholarlod.store.Releases;
import org.scholarlod.web.StatisticsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod load}: articles into a TDB2 store, in bounded transactions of whole articles. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Convert articles and load them into a TDB2 store: a new store (a missing or empty DIR) through "
                    + "Jena's bulk loader, built beside DIR and moved into place when complete, so that a stopped load "
                    + "leaves no store; an existing one in write transactions of up to 500 whole articles.",
            "Re-loading an article replaces its graph. A record that cannot be converted is skipped and named and "
                    + "its article left as it was; a crash leaves every article as it was or as loaded."
        },
        footer = ExitCode.HELP_FOOTER)
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ArticleInputs articles;

    @Mixin
    PipelineSettings pipeline;

    @Option(
            names = "--resume",
            description = "Go on with a load of the same inputs that was interrupted: the records "
                    + "its committed transactions hold are passed over. The store reached is the one an uninterrupted load "
                    + "reaches.")
    boolean resume;

    @Option(
            names = "--transactions",
            description = "Load a new store in write transactions too, as an existing "
                    + "one is loaded: slower than the bulk loader, but an interrupted load can be resumed.")
    boolean transactions;

    @Option(
            names = "--release",
            description = "After the load, publish the store as a dated release: an N-Quads gzip dump with its"
                    + " SHA-256, in the folder releases beside the store, which serve lists and offers.")
    boolean release;

    @Option(
            names = "--keep-releases",
            paramLabel = "N",
            description = "Keep only the N newest releases, removing older ones (default: keep all).")
    Integer keepReleases;

    @Mixin
    StoreOption db;

    @Override
    public Integer call() {
        if (keepReleases != null && keepReleases < 1) {
            throw new IllegalArgumentException("--keep-releases " + keepReleases + ": keep at least 1 release");
        }
        BaseUri base = articles.base;
        if (!transactions && FreshStoreLoad.isNew(db.directory)) {
            return bulkLoad(base);
        }
        try (ArticleStore store = db.openForWriting()) {
            BaseUri minted = store.mintedBase();
            if (minted != null && !minted.equals(base)) {
                throw new IllegalArgumentException(db.directory + " was minted under " + minted + ", not " + base
                        + ": load with --base " + minted);
            }
            PipelineOptions options = pipeline.options(base, true, main.verbose);
            if (resume) {
                LoadProgress progress = store.progress(articles.names());
                long done = progress.done();
                if (done > 0) {
                    main.err().printf("scholarlod: resuming after the %,d records already loaded%n", done);
                } else if (progress.otherInputs()) {
                    main.err()
                            .println("scholarlod: warning: the interrupted load had other inputs; loading from the"
                                    + " start");
                }
                options = options.resumingAfter(done);
            }
            Summary summary;
            try (ArticleSink<?> loader = store.loader(articles.names())) {
                summary = new ConversionPipeline("scholarlod load", options, main.err())
                        .run(articles.names(), System.in, loader);
            }
            return finish(store, summary, base);
        }
    }

    private Integer bulkLoad(BaseUri base) {
        if (resume && FreshStoreLoad.wasStopped(db.directory)) {
            main.err()
                    .println("scholarlod: the interrupted load was a bulk load into a new store, which left "
                            + "nothing to resume; loading from the start");
        }
        Summary summary;
        try (FreshStoreLoad loader = FreshStoreLoad.into(db.directory)) {
            summary = new ConversionPipeline("scholarlod load", pipeline.options(base, true, main.verbose), main.err())
                    .run(articles.names(), System.in, loader);
        }
        try (ArticleStore store = db.openForWriting()) {
            return finish(store, summary, base);
        }
    }

    private Integer finish(ArticleStore store, Summary summary, BaseUri base) {
        new StatisticsFile(store.statisticsFile(), store.generation()).write(store.dataset(), base);
        long held = store.graphCount();
        pipeline.printSummary(summary, main.err());
        main.err()
                .printf(
                        "scholarlod: loaded %,d article%s into %s; it holds %,d article graph%s%n",
                        summary.converted(),
                        summary.converted() == 1 ? "" : "s",
                        db.directory,
                        held,
                        held == 1 ? "" : "s");
        Releases releases = Releases.of(db.directory);
        if (release) {
            Releases.Release made = releases.publish(store);
            main.err().printf("scholarlod: released %s (SHA-256 %s)%n", made.dump(), made.sha256());
        }
        if (keepReleases != null) {
            for (Releases.Release old : releases.prune(keepReleases)) {
                main.err().printf("scholarlod: removed the older release %s%n", old.dump());
            }
        }
        return PipelineSettings.exitCode(summary);
    }
}
