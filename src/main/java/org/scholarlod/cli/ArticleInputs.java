package org.scholarlod.cli;

import java.nio.file.Path;
import java.util.List;
import org.scholarlod.rdf.BaseUri;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and base URI shared by the commands that convert articles (a picocli mixin). */
final class ArticleInputs {
    @Parameters(
            arity = "1..*",
            paramLabel = "INPUT",
            description = "Landing pages, article records, Crossref JSON (a work, a work list, data-file slices, JSON "
                    + "lines), JATS XML, plain or in .gz, .tar(.gz) and .zip; folders (a page and a record, or a catalogue, walked"
                    + " recursively); '-' for JSON lines on standard input.")
    List<Path> inputs;

    @Option(
            names = "--base",
            paramLabel = "URI",
            defaultValue = Defaults.BASE,
            description = "Base under which URIs are minted (default: ${DEFAULT-VALUE}).")
    BaseUri base;

    /** The inputs as the walker takes them ('-' stays '-'). */
    List<String> names() {
        return inputs.stream().map(Path::toString).toList();
    }
}
