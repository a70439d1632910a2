package org.scholarlod.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.Reference;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.source.InputException;
import org.scholarlod.source.TextPosition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod parse-references}: free-text references in, structured records out. */
@Command(
        name = "parse-references",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Parse free-text references into structured records.",
            "csl-json gives a JSON array with one item per input, in input order, and null where nothing was found."
        },
        footer = ExitCode.HELP_FOOTER)
final class ParseReferencesCommand implements Callable<Integer> {
    /** How references are given. */
    enum InputKind {
        lines,
        json
    }

    @ParentCommand
    Main main;

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE",
            defaultValue = "-",
            description = "References to parse; - or nothing for standard input.")
    String file;

    @Option(
            names = "--input",
            paramLabel = "KIND",
            defaultValue = "lines",
            description = "lines: one reference per line; json: a JSON array of strings (default: ${DEFAULT-VALUE}).")
    InputKind input;

    @Mixin
    ReferenceListWriter.Options output;

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
        CitedWork before = null;
        for (int i = 0; i < references.size(); i++) {
            String text = references.get(i);
            before = text == null || text.isBlank() ? null : parser.parse(text, before);
            parsed.add(text == null || text.isBlank() ? null : new Reference(i + 1, text, before));
        }
        output.write(parsed, main.out());
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
            throw InputException.at(
                    name,
                    TextPosition.reported(
                            e.getLocation().getLineNr(), e.getLocation().getColumnNr()),
                    "not valid JSON: " + e.getOriginalMessage().split("\n")[0],
                    e);
        }
        if (array == null || !array.isArray()) {
            throw new InputException(name, null, "expected a JSON array of reference strings");
        }
        List<String> references = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isTextual() && !item.isNull()) {
                throw new InputException(
                        name,
                        "item " + (i + 1),
                        "expected a string, found "
                                + item.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
            }
            references.add(item.isNull() ? null : item.asText());
        }
        return references;
    }
}
