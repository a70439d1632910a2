package org.scholarlod.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * Dated releases of a store: each an N-Quads gzip dump ({@code scholarlod-20261205T101500Z.nq.gz}, one named graph
 * per article) beside a {@code .sha256} file in {@code sha256sum}'s format, in a folder of their own; the newest
 * are kept and the older pruned when asked.
 */
public final class Releases {
    private static final Pattern NAME = Pattern.compile("scholarlod-(\\d{8}T\\d{6}Z)\\.nq\\.gz");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;

    /** One release: its dump, when it was made, its SHA-256 and its size in bytes. */
    public record Release(Path dump, Instant issued, String sha256, long bytes) {
        /** The file name of the dump. */
        public String name() {
            return dump.getFileName().toString();
        }
    }

    public Releases(Path folder) {
        this.folder = folder;
    }

    /** The releases of the store in {@code storeDirectory}: the folder {@code releases} beside it. */
    public static Releases of(Path storeDirectory) {
        return new Releases(storeDirectory.toAbsolutePath().normalize().resolveSibling("releases"));
    }

    public Path folder() {
        return folder;
    }

    /** Dumps the store as a new release, the file moved into place only when complete; then its checksum. */
    public Release publish(ArticleStore store) {
        Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path dump = folder.resolve("scholarlod-" + STAMP.format(issued) + ".nq.gz");
        if (Files.exists(dump)) {
            throw new StoreException(dump + ": a release of this second exists already", null);
        }
        Path partial = folder.resolve(dump.getFileName() + ".partial");
        try {
            Files.createDirectories(folder);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream file = Files.newOutputStream(partial);
                    DigestOutputStream digest = new DigestOutputStream(file, sha256);
                    GZIPOutputStream gzip = new GZIPOutputStream(digest, 1 << 16)) {
                StreamRDF out = StreamRDFWriter.getWriterStream(gzip, RDFFormat.NQUADS);
                store.export(out, true);
            }
            String hex = HexFormat.of().formatHex(sha256.digest());
            Files.move(partial, dump, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(checksumFile(dump), hex + "  " + dump.getFileName() + "\n", StandardCharsets.UTF_8);
            return new Release(dump, issued, hex, Files.size(dump));
        } catch (IOException e) {
            throw new StoreException(folder + ": the release cannot be written: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Only a leftover of a failed release; the next one writes its own.
            }
        }
    }

    /** The releases with a checksum, newest first. */
    public List<Release> list() {
        List<Release> releases = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return releases;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                Path checksum = checksumFile(file);
                if (name.matches() && Files.isRegularFile(checksum)) {
                    String hex =
                            Files.readString(checksum, StandardCharsets.UTF_8).split("\\s+", 2)[0];
                    releases.add(new Release(file, STAMP.parse(name.group(1), Instant::from), hex, Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot be read: " + e.getMessage(), e);
        }
        releases.sort(Comparator.comparing(Release::issued).reversed());
        return releases;
    }

    /** Removes all but the {@code keep} newest releases; returns those removed. */
    public List<Release> prune(int keep) {
        List<Release> all = list();
        List<Release> removed = all.subList(Math.min(keep, all.size()), all.size());
        for (Release release : removed) {
            try {
                Files.deleteIfExists(checksumFile(release.dump()));
                Files.deleteIfExists(release.dump());
            } catch (IOException e) {
                throw new StoreException(release.dump() + ": cannot be removed: " + e.getMessage(), e);
            }
        }
        return List.copyOf(removed);
    }

    private static Path checksumFile(Path dump) {
        return dump.resolveSibling(dump.getFileName() + ".sha256");
    }
}
