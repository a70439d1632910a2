package org.scholarlod.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.Namespaces;
import org.scholarlod.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod export}: the whole store as a dump, streamed from one read transaction. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Stream a store as a dump: N-Quads or TriG keep one named graph per article, N-Triples and Turtle"
                + " the union of them (each triple once). Memory does not grow with the store.",
        footer = ExitCode.HELP_FOOTER)
final class ExportCommand implements Callable<Integer> {
    /** The dump formats, as named on the command line. */
    enum DumpFormat {
        nq_gz("nq.gz", RDFFormat.NQUADS, true, true),
        nt_gz("nt.gz", RDFFormat.NTRIPLES, false, true),
        trig("trig", RDFFormat.TRIG_BLOCKS, true, false),
        ttl("ttl", RDFFormat.TURTLE_BLOCKS, false, false);

        final String label;
        final RDFFormat jena;
        final boolean quads;
        final boolean gzip;

        DumpFormat(String label, RDFFormat jena, boolean quads, boolean gzip) {
            this.label = label;
            this.jena = jena;
            this.quads = quads;
            this.gzip = gzip;
        }

        static DumpFormat of(String label) {
            for (DumpFormat format : values()) {
                if (format.label.equals(label)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("--format " + label + " is not one of nq.gz, nt.gz, trig, ttl");
        }
    }

    @ParentCommand
    Main main;

    @Mixin
    StoreOption db;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "nq.gz",
            description = "nq.gz, nt.gz, trig or ttl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE (replaced only when the export is complete) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        DumpFormat dump = DumpFormat.of(format);
        if (!Files.isDirectory(db.directory)) {
            throw new IllegalArgumentException("--db " + db.directory + ": no such store");
        }
        try (ArticleStore store = db.open()) {
            if (output == null) {
                write(store, dump, main.out());
                main.out().flush();
                return ExitCode.OK;
            }
            Path temporary = Files.createTempFile(output.toAbsolutePath().getParent(), ".scholarlod-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                write(store, dump, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
        }
        return ExitCode.OK;
    }

    private static void write(ArticleStore store, DumpFormat dump, OutputStream target) throws IOException {
        OutputStream buffered = new BufferedOutputStream(target, 1 << 20);
        OutputStream out = dump.gzip ? new GZIPOutputStream(buffered, 1 << 16) : buffered;
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, dump.jena);
        BaseUri base = store.mintedBase() == null ? Defaults.BASE_URI : store.mintedBase();
        StreamRDF withPrefixes = new StreamRDFWrapper(stream) {
            @Override
            public void start() {
                super.start();
                if (!dump.gzip) {
                    PrefixMapFactory.create(Namespaces.prefixes(base)).forEach(this::prefix);
                }
            }
        };
        store.export(withPrefixes, dump.quads);
        if (dump.gzip) {
            ((GZIPOutputStream) out).finish();
        }
        out.flush();
    }
}
