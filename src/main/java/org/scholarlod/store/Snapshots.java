package org.scholarlod.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Versioned snapshots of a store in a folder, one closed TDB2 store (full-text index and statistics included) per
 * version of its {@link PatchLog}, named by that version ({@code 000000000042/}): a replica starts from the newest
 * and applies the patches after it. A snapshot is built in a staging folder and renamed into place, and never
 * changes after: copying one while a replica starts from another is safe.
 */
public final class Snapshots {
    private static final Pattern NAME = Pattern.compile("\\d{12}");
    private static final String STAGING = ".building-";

    private final Path folder;

    private Snapshots(Path folder) {
        this.folder = folder;
    }

    /** The snapshots in {@code folder}, created when it is missing. */
    public static Snapshots in(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(folder + ": the snapshot folder cannot be created: " + e.getMessage(), e);
        }
        return new Snapshots(folder);
    }

    public Path folder() {
        return folder;
    }

    /** The version of the newest snapshot, or empty when there is none. */
    public Optional<Long> latest() {
        List<Long> versions = versions();
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The store of snapshot {@code version}. */
    public Path store(long version) {
        return folder.resolve(String.format("%012d", version));
    }

    /**
     * Publishes the closed store {@code built} (a folder beside the snapshots, which it is moved from) as the
     * snapshot of {@code version}; returns its folder.
     */
    Path publish(Path built, long version) {
        Path target = store(version);
        if (Files.exists(target)) {
            throw new StoreException(target + ": a snapshot of version " + version + " exists already", null);
        }
        try {
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(target + ": the snapshot cannot be published: " + e.getMessage(), e);
        }
        return target;
    }

    /** A new staging folder for a snapshot being built. */
    Path staging() {
        Path staging = folder.resolve(STAGING + ProcessHandle.current().pid());
        try {
            FileTrees.delete(staging);
        } catch (IOException e) {
            throw new StoreException(staging + ": cannot be cleared: " + e.getMessage(), e);
        }
        return staging;
    }

    /**
     * Copies the newest snapshot to {@code directory}, which must hold no store, through a staging folder beside it:
     * a copy stopped at any moment leaves no store. Returns the snapshot's version.
     */
    public long copyLatestTo(Path directory) {
        long version = latest().orElseThrow(() -> new StoreException(
                folder + ": holds no snapshot yet; make one " + "with: scholarlod snapshot --snapshots " + folder,
                null));
        Path target = directory.toAbsolutePath().normalize();
        if (!FreshStoreLoad.isNew(target)) {
            throw new StoreException(
                    directory + ": holds a store already; a snapshot is copied only to a new one", null);
        }
        Path staging = target.resolveSibling(
                target.getFileName() + ".copying-" + ProcessHandle.current().pid());
        try {
            FileTrees.delete(staging);
            copy(store(version), staging);
            if (Files.isDirectory(target)) {
                Files.delete(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(
                    directory + ": snapshot " + version + " cannot be copied here: " + e.getMessage(), e);
        }
        return version;
    }

    /** Copies the store folder {@code from} (closed) to {@code to}, which must not exist. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!Set.of("tdb.lock", PatchLog.MARKER)
                        .contains(file.getFileName().toString())) {
                    // The lock names the process that had the store open, the marker the writer: neither is the copy's.
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** The snapshots' versions, oldest first. */
    public List<Long> versions() {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> NAME.matcher(name).matches())
                    .map(Long::parseLong)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
