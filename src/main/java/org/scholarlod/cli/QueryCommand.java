package org.scholarlod.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scholarlod.rdf.Namespaces;
import org.scholarlod.store.ArticleStore;
import org.scholarlod.store.StoreException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod query}: SPARQL over a store, the default graph being the union of the article graphs. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Run a SPARQL query against a store. The default graph is the union of all article graphs.",
            "SELECT and ASK results are printed as a table (or --results); CONSTRUCT and DESCRIBE as Turtle."
        },
        footer = ExitCode.HELP_FOOTER)
final class QueryCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    StoreOption db;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "300",
            description = "Stop the query if it runs longer than this (default: ${DEFAULT-VALUE}; 0 for no limit); "
                    + "exit 1.")
    int timeoutSeconds;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(
            names = "--results",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Result format for SELECT and ASK: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ResultsFormat results;

    /** The query, given inline or in a file. */
    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "The SPARQL query.")
        String text;

        @Option(names = "--file", paramLabel = "FILE", description = "Read the query from FILE.")
        Path file;
    }

    /** Result formats of SELECT and ASK. */
    enum ResultsFormat {
        text,
        json,
        xml,
        csv,
        tsv
    }

    @Override
    public Integer call() throws IOException {
        Duration timeout = TimeLimit.ofSeconds(timeoutSeconds);
        String text = source.file != null ? Files.readString(source.file, StandardCharsets.UTF_8) : source.text;
        // The profile's prefixes are predeclared, as on the endpoint's query form; the query may redeclare them.
        Query query = new Query();
        query.setPrefixMapping(Namespaces.prefixes());
        QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
        if (!Files.isDirectory(db.directory)) {
            throw new StoreException(db.directory + ": no such database directory", null);
        }
        try (ArticleStore store = db.open()) {
            DatasetGraph dataset = store.dataset();
            Txn.executeRead(dataset, () -> {
                var builder =
                        QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query);
                if (!timeout.isZero()) {
                    builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
                }
                try (QueryExecution execution = builder.build()) {
                    print(query, execution);
                }
            });
        }
        main.out().flush();
        return ExitCode.OK;
    }

    private void print(Query query, QueryExecution execution) {
        if (query.isSelectType()) {
            if (results == ResultsFormat.text) {
                ResultSetFormatter.out(main.out(), execution.execSelect(), query.getPrologue());
            } else {
                ResultSetWriterRegistry.getFactory(lang())
                        .create(lang())
                        .write(main.out(), execution.execSelect(), null);
            }
        } else if (query.isAskType()) {
            boolean answer = execution.execAsk();
            if (results == ResultsFormat.text) {
                main.out().println(answer);
            } else {
                ResultSetWriterRegistry.getFactory(lang()).create(lang()).write(main.out(), answer, null);
            }
        } else if (query.isConstructType() || query.isDescribeType()) {
            var graph = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
            graph.setNsPrefixes(Namespaces.prefixes());
            RDFDataMgr.write(main.out(), graph, Lang.TURTLE);
        } else {
            throw new IllegalArgumentException("query: only SELECT, ASK, CONSTRUCT and DESCRIBE are supported");
        }
    }

    private Lang lang() {
        return switch (results) {
            case json -> ResultSetLang.RS_JSON;
            case xml -> ResultSetLang.RS_XML;
            case csv -> ResultSetLang.RS_CSV;
            case tsv -> ResultSetLang.RS_TSV;
            case text -> ResultSetLang.RS_Text;
        };
    }
}
