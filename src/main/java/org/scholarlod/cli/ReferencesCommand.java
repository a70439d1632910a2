package org.scholarlod.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.scholarlod.model.Reference;
import org.scholarlod.rdf.CitedWorkReader;
import org.scholarlod.rdf.Dct;
import org.scholarlod.rdf.Foaf;
import org.scholarlod.rdf.SharedLayout;
import org.scholarlod.source.InputException;
import org.scholarlod.store.ArticleStore;
import org.scholarlod.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod references}: an article's reference list from the store, for reference managers. */
@Command(
        name = "references",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Download the reference list of an article in the store as CSL-JSON, BibTeX, RIS or Turtle.",
        footer = ExitCode.HELP_FOOTER)
final class ReferencesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    StoreOption db;

    @Parameters(paramLabel = "ARTICLE", description = "The article's URI or DOI.")
    String article;

    @Mixin
    ReferenceListWriter.Options output;

    @Override
    public Integer call() {
        if (!Files.isDirectory(db.directory)) {
            throw new StoreException(db.directory + ": no such database directory", null);
        }
        try (ArticleStore store = db.open()) {
            DatasetGraph dataset = store.dataset();
            List<Reference> references = Txn.calculateRead(dataset, () -> {
                Node subject = find(dataset);
                Quad topic = dataset.find(Node.ANY, Node.ANY, Foaf.primaryTopic, subject)
                        .next();
                Graph graph = SharedLayout.assemble(dataset, topic.getGraph());
                return new CitedWorkReader(graph).references(subject);
            });
            output.write(references, main.out());
        }
        return ExitCode.OK;
    }

    /** The article named by URI, or by DOI through dcterms:identifier. */
    private Node find(DatasetGraph dataset) {
        Node subject = NodeFactory.createURI(article);
        if (dataset.find(Node.ANY, Node.ANY, Foaf.primaryTopic, subject).hasNext()) {
            return subject;
        }
        var byDoi = dataset.find(Node.ANY, Node.ANY, Dct.identifier, NodeFactory.createLiteralString(article));
        while (byDoi.hasNext()) {
            Node candidate = byDoi.next().getSubject();
            if (dataset.find(Node.ANY, Node.ANY, Foaf.primaryTopic, candidate).hasNext()) {
                return candidate;
            }
        }
        throw new InputException(article, null, "no article with this URI or DOI in " + db.directory);
    }
}
