package org.scholarlod.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.SystemTDB;

/**
 * A quick check, when a store is opened, that its files hold what TDB2 recorded as committed: each B+tree's block
 * files reach the limits in its {@code .bpt} state, each node or prefix file the length in its {@code .bdf}
 * state, and the first quads decode. Without it a truncated node table is noticed only when a request reads past
 * its end, as a 500 with a stack trace.
 */
final class StoreIntegrity {
    private static final Pattern DATA_FOLDER = Pattern.compile("Data-\\d{4}");
    private static final int SAMPLE = 1000;

    private StoreIntegrity() {}

    /** Throws a {@link StoreException} naming the first damaged file of the store in {@code directory}. */
    static void check(Path directory, DatasetGraph tdb) {
        Path data = currentData(directory);
        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".bpt")) {
                    long[] state = longs(file, 3);
                    // root, node blocks limit, record blocks limit
                    requireLength(directory, sibling(file, ".idn"), state[1] * SystemTDB.BlockSize);
                    requireLength(directory, sibling(file, ".dat"), state[2] * SystemTDB.BlockSize);
                } else if (name.endsWith(".bdf")) {
                    requireLength(directory, sibling(file, ".obj"), longs(file, 1)[0]);
                }
            }
        } catch (IOException e) {
            throw damaged(directory, "cannot read " + data.getFileName() + ": " + e.getMessage(), e);
        }
        try {
            Txn.executeRead(tdb, () -> {
                var quads = tdb.find();
                for (int i = 0; i < SAMPLE && quads.hasNext(); i++) {
                    Quad quad = quads.next();
                    List.of(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject())
                            .forEach(Node::toString);
                }
            });
        } catch (RuntimeException e) {
            throw damaged(directory, "its first quads cannot be read: " + e.getMessage(), e);
        }
    }

    /** TDB2 works in the highest-numbered data folder; compaction starts the next. */
    private static Path currentData(Path directory) {
        try (Stream<Path> folders = Files.list(directory)) {
            return folders.filter(
                            f -> DATA_FOLDER.matcher(f.getFileName().toString()).matches())
                    .max(Path::compareTo)
                    .orElseThrow(() -> damaged(directory, "it has no Data-NNNN folder", null));
        } catch (IOException e) {
            throw damaged(directory, "cannot list it: " + e.getMessage(), e);
        }
    }

    private static long[] longs(Path state, int count) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(state)) {
            bytes = in.readNBytes(Long.BYTES * count);
        }
        if (bytes.length < Long.BYTES * count) {
            throw new IOException(state.getFileName() + " holds " + bytes.length + " bytes, not the "
                    + Long.BYTES * count + " of its state");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = buffer.getLong();
        }
        return values;
    }

    private static Path sibling(Path state, String extension) {
        String name = state.getFileName().toString();
        return state.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }

    private static void requireLength(Path directory, Path file, long committed) throws IOException {
        long size = Files.exists(file) ? Files.size(file) : -1;
        if (size < committed) {
            String where = directory.relativize(file).toString();
            throw damaged(
                    directory,
                    size < 0
                            ? where + " is missing"
                            : where + " holds " + size + " bytes where " + committed + " were committed (truncated?)",
                    null);
        }
    }

    private static StoreException damaged(Path directory, String problem, Throwable cause) {
        return new StoreException(
                directory + ": the store is damaged: " + problem + "; restore the folder from a "
                        + "backup or rebuild it with scholarlod load",
                cause);
    }
}
