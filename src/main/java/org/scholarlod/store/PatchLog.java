package org.scholarlod.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.RiotException;

/**
 * An append-only log of RDF Patches in a folder, one file per committed write transaction, numbered from 1 in
 * commit order ({@code 000000000001.rdfp}, …): patch N turns a store at version N−1 into version N. A patch is
 * written to a temporary file and renamed into place, so a reader never sees half of one; each names the patch
 * before it in its {@code prev} header, so a store can tell that the log continues its own history.
 */
public final class PatchLog {
    private static final Pattern NAME = Pattern.compile("(\\d{12})\\.rdfp");
    private static final String PENDING = ".pending-";
    /** The file in a writer's store folder that names the log its writes are recorded in. */
    static final String MARKER = "scholarlod-patch-log";

    private final Path folder;

    private PatchLog(Path folder) {
        this.folder = folder;
    }

    /** The log in {@code folder}, created when it is missing. */
    public static PatchLog in(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(folder + ": the patch log cannot be created: " + e.getMessage(), e);
        }
        return new PatchLog(folder);
    }

    public Path folder() {
        return folder;
    }

    /** Marks {@code store} as this log's writer: from now on, its writes must be recorded here. */
    void markWriter(Path store) {
        try {
            Files.writeString(store.resolve(MARKER), folder.toAbsolutePath().normalize() + "\n");
        } catch (IOException e) {
            throw new StoreException(
                    store + ": cannot be marked as the writer of " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The log whose writer {@code store} is, or empty when it records into none. */
    public static Optional<Path> writtenBy(Path store) {
        Path marker = store.resolve(MARKER);
        try {
            return Files.exists(marker)
                    ? Optional.of(Path.of(Files.readString(marker).trim()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new StoreException(marker + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The number of the newest patch, 0 for an empty log. */
    public long head() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(PatchLog::number)
                    .filter(n -> n > 0)
                    .max(Long::compare)
                    .orElse(0L);
        } catch (IOException e) {
            throw new StoreException(folder + ": the patch log cannot be read: " + e.getMessage(), e);
        }
    }

    /** Patch {@code number}, or empty when the log does not hold it yet. */
    public Optional<RDFPatch> read(long number) {
        Path file = file(number);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            // Read whole: a patch is one transaction's changes, and applying it may start only once it parsed.
            return Optional.of(RDFPatchOps.collect(RDFPatchOps.read(in)));
        } catch (IOException | RiotException e) {
            throw new StoreException(file + ": not a readable RDF Patch: " + e.getMessage(), e);
        }
    }

    /** A temporary file for the patch being recorded, renamed into the log by {@link #publish}. */
    Path pending() {
        try {
            return Files.createTempFile(folder, PENDING, ".rdfp");
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot write to the patch log: " + e.getMessage(), e);
        }
    }

    /**
     * Publishes the recorded {@code pending} file as patch {@code number}; fails when that number is taken,
     * since two writers on one log would fork the history.
     */
    void publish(Path pending, long number) {
        Path target = file(number);
        try {
            // A link fails when the target exists, which a rename would silently replace.
            Files.createLink(target, pending);
            Files.delete(pending);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new StoreException(
                    target + ": patch " + number + " is in the log already: is a second writer " + "recording into "
                            + folder + "?",
                    e);
        } catch (IOException | UnsupportedOperationException e) {
            moveInstead(pending, target, e);
        }
    }

    private static void moveInstead(Path pending, Path target, Exception linkFailure) {
        try {
            Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            e.addSuppressed(linkFailure);
            throw new StoreException(target + ": the patch cannot be published: " + e.getMessage(), e);
        }
    }

    /** Removes patch {@code number}, the newest: its transaction did not commit after all. */
    void retract(long number) {
        try {
            Files.deleteIfExists(file(number));
        } catch (IOException e) {
            throw new StoreException(file(number) + ": cannot be retracted: " + e.getMessage(), e);
        }
    }

    Path file(long number) {
        return folder.resolve(String.format("%012d.rdfp", number));
    }

    private static long number(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : 0;
    }
}
