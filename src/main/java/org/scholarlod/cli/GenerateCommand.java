package org.scholarlod.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.scholarlod.synthetic.JatsWriter;
import org.scholarlod.synthetic.PageWriter;
import org.scholarlod.synthetic.SyntheticCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod generate}: a deterministic synthetic catalogue, for benchmarks and bulk tests. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write a deterministic synthetic catalogue: the same --articles and --seed give the same bytes.",
            "Invented records (DOIs under Crossref's test prefix 10.5555) shaped like a publisher's: 1-12 authors, 60%% "
                    + "with ORCID; 20-150 references as DOIs, printed text in four styles, depositor fields or both; "
                    + "shared journals, people, organisations, funders and cited works in long-tailed distributions; "
                    + "a fifth of the references cite earlier generated articles."
        },
        footer = ExitCode.HELP_FOOTER)
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--articles", paramLabel = "N", required = true, description = "How many articles.")
    int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "crossref",
            description = "crossref: JSON lines of Crossref works (default). jats: one JATS 1.3 XML file per journal "
                    + "article (JATS does not describe the others). page: one Springer Link landing page's text per "
                    + "journal article, as a browser copies it (no issue number, ISSN or identifiers of funders and "
                    + "organisations: the page does not show them). jats and page go into the folder -o names, or a "
                    + ".tar or .tar.gz archive.")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "Write to FILE (gzip when it ends in .gz) instead of standard output; for jats and page, a folder "
                            + "or a .tar/.tar.gz/.tgz file.")
    Path output;

    @Override
    public Integer call() throws IOException {
        SyntheticCatalogue catalogue = new SyntheticCatalogue(articles, seed);
        if ("jats".equals(format)) {
            return files(catalogue, JatsWriter::article, ".xml");
        }
        if ("page".equals(format)) {
            return files(catalogue, PageWriter::article, ".txt");
        }
        if (!"crossref".equals(format)) {
            throw new IllegalArgumentException("--format " + format + ": not one of crossref, jats, page");
        }
        JsonMapper json = JsonMapper.builder()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build();
        try (OutputStream out = open()) {
            for (int i = 0; i < catalogue.size(); i++) {
                json.writeValue(out, catalogue.work(i));
                out.write('\n');
            }
        }
        return ExitCode.OK;
    }

    /** One file per journal article, named after its DOI's suffix, in a folder or an archive. */
    private Integer files(SyntheticCatalogue catalogue, Function<JsonNode, String> writer, String extension)
            throws IOException {
        if (output == null) {
            throw new IllegalArgumentException(
                    "--format " + format + " writes many files: name a folder or a .tar(.gz) with -o");
        }
        String name = output.getFileName().toString();
        boolean gzip = name.endsWith(".tar.gz") || name.endsWith(".tgz");
        if (gzip || name.endsWith(".tar")) {
            OutputStream file = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
            try (TarArchiveOutputStream tar =
                    new TarArchiveOutputStream(gzip ? new GZIPOutputStream(file, 1 << 16) : file)) {
                for (int i = 0; i < catalogue.size(); i++) {
                    JsonNode work = catalogue.work(i);
                    if (!JatsWriter.writes(work)) {
                        continue;
                    }
                    byte[] text = writer.apply(work).getBytes(StandardCharsets.UTF_8);
                    TarArchiveEntry entry = new TarArchiveEntry(fileName(catalogue, i, extension));
                    entry.setSize(text.length);
                    tar.putArchiveEntry(entry);
                    tar.write(text);
                    tar.closeArchiveEntry();
                }
            }
            return ExitCode.OK;
        }
        Files.createDirectories(output);
        for (int i = 0; i < catalogue.size(); i++) {
            JsonNode work = catalogue.work(i);
            if (JatsWriter.writes(work)) {
                Files.writeString(output.resolve(fileName(catalogue, i, extension)), writer.apply(work));
            }
        }
        return ExitCode.OK;
    }

    private static String fileName(SyntheticCatalogue catalogue, int i, String extension) {
        return catalogue.doi(i).substring(catalogue.doi(i).indexOf('/') + 1) + extension;
    }

    private OutputStream open() throws IOException {
        if (output == null) {
            return new BufferedOutputStream(main.out(), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        OutputStream file = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
        return output.toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
    }
}
