package org.scholarlod.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholarlod.store.PatchLog;
import org.scholarlod.store.SnapshotBuild;
import org.scholarlod.store.Snapshots;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod snapshot}: publish a versioned snapshot of a patch log's store for replicas to start from. */
@Command(
        name = "snapshot",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Publish a versioned snapshot that replicas start from (serve --snapshots DIR).",
            "The first snapshot (version 0, before the patch log holds any patch) is a copy of a closed store that "
                    + "load built, or N-Quads dumps loaded by Jena's TDB2 bulk loader. Each later one is the newest "
                    + "with the log's new patches applied, at the log's head."
        },
        footer = ExitCode.HELP_FOOTER)
final class SnapshotCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--snapshots", paramLabel = "DIR", required = true, description = "The snapshot folder.")
    Path snapshots;

    @Option(
            names = "--patch-log",
            paramLabel = "LOG",
            required = true,
            description = "The patch log folder the writer records into (serve --record-patches LOG).")
    Path patchLog;

    @ArgGroup(exclusive = true)
    Source source;

    /** Where the first snapshot comes from; without one, the newest is rolled forward. */
    static final class Source {
        @Option(
                names = "--from-db",
                paramLabel = "DIR",
                description = "The first snapshot: a copy of this closed store.")
        Path store;

        @Option(
                names = "--from-dump",
                paramLabel = "FILE",
                arity = "1..*",
                description = "The first snapshot: these N-Quads files (.nq or .nq.gz, such as export --format nq.gz "
                        + "writes), bulk loaded.")
        List<Path> dumps;
    }

    @Override
    public Integer call() {
        Snapshots folder = Snapshots.in(snapshots);
        PatchLog log = PatchLog.in(patchLog);
        if (source == null) {
            long before = folder.latest().orElse(-1L);
            long version = SnapshotBuild.rollForward(folder, log);
            main.err()
                    .printf(
                            version == before
                                    ? "scholarlod: snapshot %d is at the head of %s already%n"
                                    : "scholarlod: published snapshot %d of %s%n",
                            version,
                            patchLog);
        } else {
            Path made = source.store != null
                    ? SnapshotBuild.fromStore(folder, log, source.store)
                    : SnapshotBuild.fromDumps(folder, log, source.dumps);
            main.err().printf("scholarlod: published snapshot 0 of %s in %s%n", patchLog, made);
        }
        return ExitCode.OK;
    }
}
