package org.scholarlod.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and base URI shared by the commands that convert articles (a picocli mixin). */
final class ArticleInputs {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Article files (landing pages, JSON records) or folders holding one of each.")
    List<Path> inputs;

    @Option(names = "--base", paramLabel = "URI", defaultValue = Defaults.BASE,
            description = "Base under which URIs are minted (default: ${DEFAULT-VALUE}).")
    String base;
}
