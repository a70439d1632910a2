package org.scholarlod.store;

import java.nio.file.Path;

/** Where stores are opened: the one place that chooses the kind of store, so that another kind slots in here. */
public final class ArticleStores {
    private ArticleStores() {}

    /** Opens (creating if needed) the store in {@code directory}. */
    public static ArticleStore open(Path directory) {
        return Tdb2Store.open(directory);
    }

    /**
     * Opens the store in {@code directory} for writes that are not recorded in a patch log: refused for the store of
     * a log's writer, whose replicas would never see them.
     */
    public static ArticleStore openForWriting(Path directory) {
        PatchLog.writtenBy(directory).ifPresent(log -> {
            throw new StoreException(
                    directory + ": is the writer's store of the patch log " + log + ", so every write "
                            + "to it must be recorded there: send it to the writer (serve --update --record-patches "
                            + log
                            + ")",
                    null);
        });
        return open(directory);
    }

    /** Opens the store in {@code directory} so that every write committed on it is recorded in {@code log}. */
    public static ArticleStore recording(Path directory, PatchLog log) {
        return Tdb2Store.open(directory, log);
    }
}
