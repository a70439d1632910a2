package org.scholarlod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.scholarlod.rdf.JsonLdContext;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scholarlod.rdf.ArticleGraph;
import org.scholarlod.rdf.Namespaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod convert}: articles in, RDF out. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Convert articles (landing pages, JSON records, or folders holding one of each) to RDF.",
        footer = ExitCode.HELP_FOOTER)
final class ConvertCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ArticleInputs articles;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "turtle",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "Triple formats merge the articles; trig and nquads keep one named graph per article.")
    RdfOutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only when the conversion succeeds) instead of standard output.")
    Path output;

    @Option(names = "--no-validate", description = "Skip the check against the SHACL shapes (by default RDF that "
            + "does not conform, which load would refuse, is not written and the exit code is 3).")
    boolean noValidate;

    @Override
    public Integer call() throws IOException {
        Iterator<ArticleGraph> graphs = new Conversion(articles.base, !noValidate, main.err()).graphs(articles.inputs);
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        Graph merged = GraphFactory.createDefaultGraph();
        merged.getPrefixMapping().setNsPrefixes(Namespaces.prefixes(Defaults.base(articles.base)));
        dataset.prefixes().putAll(merged.getPrefixMapping());
        while (graphs.hasNext()) {
            ArticleGraph article = graphs.next();
            if (format.quads) {
                dataset.addGraph(article.name(), article.graph());
            } else {
                article.graph().find().forEachRemaining(merged::add);
            }
        }
        Consumer<OutputStream> writer = format == RdfOutputFormat.jsonld
                ? out -> JsonLdContext.write(merged, null, null, out)
                : format.quads ? RDFWriter.source(dataset).format(format.jena).build()::output
                : RDFWriter.source(merged).format(format.jena).build()::output;
        if (output == null) {
            writer.accept(main.out());
            main.out().flush();
            return ExitCode.OK;
        }
        Path temporary = Files.createTempFile(output.toAbsolutePath().getParent(), ".scholarlod-", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            writer.accept(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
        return ExitCode.OK;
    }
}
