package org.scholarlod.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.ShapeValidator;
import org.scholarlod.source.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod validate}: convert and check against the SHACL shapes, reporting every violation. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Convert articles and check the RDF against the application profile's SHACL shapes.",
        footer = ExitCode.HELP_FOOTER)
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ArticleInputs articles;

    @Override
    public Integer call() {
        Conversion conversion = new Conversion(articles.base, false, main.err());
        ShapeValidator validator = new ShapeValidator();
        ArticleReader reader = new ArticleReader();
        int failed = 0;
        for (Path input : articles.inputs) {
            ArticleGraph graph = conversion.convert(input.toString(), reader.read(input));
            List<String> violations = validator.violations(graph.graph());
            if (violations.isEmpty()) {
                main.out()
                        .printf(
                                "%s: conforms (%d triples)%n",
                                input, graph.graph().size());
            } else {
                failed++;
                violations.forEach(v -> main.out().printf("%s: %s%n", input, v));
            }
        }
        main.out().flush();
        return failed == 0 ? ExitCode.OK : ExitCode.INVALID_RDF;
    }
}
