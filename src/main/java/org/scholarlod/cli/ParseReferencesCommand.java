package org.scholarlod.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.scholarlod.cite.BibTex;
import org.scholarlod.cite.CslJson;
import org.scholarlod.cite.Ris;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.Reference;
import org.scholarlod.rdf.CitedWorkGraph;
import org.scholarlod.rdf.Namespaces;
import org.scholarlod.rdf.UriMinter;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod parse-references}: free-text references in, structured records out. */
@Command(name = "parse-references", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Parse free-text references into structured records.",
            "csl-json gives a JSON array with one item per input, in input order, and null where nothing was found."},
        footer = ExitCode.HELP_FOOTER)
final class ParseReferencesCommand implements Callable<Integer> {
    /** How references are given. */
    enum InputKind { lines, json }

    /** What is written. */
    enum OutputFormat { csl_json, bibtex, ris, turtle }

    @ParentCommand
    Main main;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-",
            description = "References to parse; - or nothing for standard input.")
    String file;

    @Option(names = "--input", paramLabel = "KIND", defaultValue = "lines",
            description = "lines: one reference per line; json: a JSON array of strings (default: ${DEFAULT-VALUE}).")
    InputKind input;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "csl-json",
            converter = FormatConverter.class,
            description = "csl-json, bibtex, ris or turtle (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--base", paramLabel = "URI", defaultValue = Defaults.BASE,
            description = "Base under which turtle output mints URIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() throws IOException {
        String name = "-".equals(file) ? "standard input" : file;
        byte[] bytes;
        if ("-".equals(file)) {
            bytes = System.in.readAllBytes();
        } else {
            if (!Files.isRegularFile(Path.of(file))) {
                throw new InputException(file, null, "no such file");
            }
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                bytes = in.readAllBytes();
            }
        }
        List<String> references = references(name, new String(bytes, StandardCharsets.UTF_8));
        ReferenceParser parser = new ReferenceParser();
        List<Reference> parsed = new ArrayList<>(references.size());
        for (int i = 0; i < references.size(); i++) {
            String text = references.get(i);
            parsed.add(text == null || text.isBlank() ? null : new Reference(i + 1, text, parser.parse(text)));
        }
        write(parsed);
        main.out().flush();
        return ExitCode.OK;
    }

    private List<String> references(String name, String text) {
        if (input == InputKind.lines) {
            return text.lines().toList();
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode array;
        try {
            array = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException(name, "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr(), "not valid JSON: " + e.getOriginalMessage().split("\n")[0]);
        }
        if (array == null || !array.isArray()) {
            throw new InputException(name, null, "expected a JSON array of reference strings");
        }
        List<String> references = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isTextual() && !item.isNull()) {
                throw new InputException(name, "item " + (i + 1), "expected a string, found " + item.getNodeType()
                        .toString().toLowerCase(java.util.Locale.ROOT));
            }
            references.add(item.isNull() ? null : item.asText());
        }
        return references;
    }

    private void write(List<Reference> parsed) {
        switch (format) {
            case csl_json -> {
                ObjectMapper mapper = new ObjectMapper();
                ArrayNode array = mapper.createArrayNode();
                for (int i = 0; i < parsed.size(); i++) {
                    CitedWork work = parsed.get(i) == null ? null : parsed.get(i).work();
                    if (work == null) {
                        array.addNull();
                    } else {
                        array.add(CslJson.item(mapper, Integer.toString(i + 1), work));
                    }
                }
                try {
                    main.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            case bibtex -> {
                BibTex bibtex = new BibTex();
                works(parsed).forEach(w -> main.out().println(bibtex.entry(w)));
            }
            case ris -> works(parsed).forEach(w -> main.out().println(Ris.record(w)));
            case turtle -> {
                Graph graph = CitedWorkGraph.of(parsed.stream().filter(r -> r != null).toList(),
                        new UriMinter(Defaults.base(base)));
                graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes(Defaults.base(base)));
                RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).output(main.out());
            }
        }
    }

    private static List<CitedWork> works(List<Reference> parsed) {
        return parsed.stream().filter(r -> r != null && r.work() != null).map(Reference::work).toList();
    }

    /** Accepts "csl-json" as well as the enum's own spelling. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not one of csl-json, bibtex, ris, turtle");
            }
        }
    }
}
