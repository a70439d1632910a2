package org.scholarlod.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scholarlod.link.LinkGraph;
import org.scholarlod.link.LinkProfile;
import org.scholarlod.link.Match;
import org.scholarlod.link.Reconciler;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.UriMinter;
import org.scholarlod.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod link}: reconcile cited works and people with another scholarly graph. */
@Command(
        name = "link",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reconcile cited works and authors without identifiers with another scholarly graph.",
            "Finds, for cited works and article authors without identifiers, the same works and people in "
                    + "another scholarly graph over SPARQL (works by title, year, first author and venue; people by name among "
                    + "the authors of the same DOI), and records the matches scoring at least --threshold as the named graph "
                    + "<base>graph/link/<profile>: owl:sameAs, the DOI or ORCID found, score, method and date.",
            "Running it again replaces that graph; --undo removes it. Stop `serve` first: a store has one writer."
        },
        footer = ExitCode.HELP_FOOTER)
final class LinkCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    DefaultStoreOption db;

    @Option(
            names = "--endpoint",
            paramLabel = "URL",
            description = "SPARQL endpoint of the other graph " + "(default: the profile's public endpoint).")
    String endpoint;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            defaultValue = "wikidata",
            description = "Shape of the other graph: wikidata or opencitations (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(
            names = "--threshold",
            paramLabel = "SCORE",
            defaultValue = "0.8",
            description = "Lowest score accepted, 0–1 (default: ${DEFAULT-VALUE}); below it nothing is asserted.")
    double threshold;

    @Option(names = "--undo", description = "Remove the profile's link graph instead of linking.")
    boolean undo;

    @Override
    public Integer call() {
        LinkProfile shape = switch (profile) {
            case "wikidata" -> LinkProfile.WIKIDATA;
            case "opencitations" -> LinkProfile.OPENCITATIONS;
            default ->
                throw new IllegalArgumentException("--profile '" + profile + "' is not wikidata or opencitations");
        };
        String target = endpoint != null
                ? endpoint
                : shape == LinkProfile.WIKIDATA
                        ? "https://query.wikidata.org/sparql"
                        : "https://opencitations.net/meta/sparql";
        try (ArticleStore store = db.openForWriting()) {
            BaseUri base = store.mintedBase();
            if (base == null) {
                throw new IllegalArgumentException(db.directory + " holds no articles to link");
            }
            String graph = new UriMinter(base).linkGraph(shape.label()).getURI();
            if (undo) {
                store.putGraph(graph, GraphFactory.createDefaultGraph());
                main.out().printf("Removed %s%n", graph);
                return ExitCode.OK;
            }
            Reconciler.Result result = new Reconciler(target, shape, threshold).link(store.dataset(), base);
            List<Match> all = new ArrayList<>(result.works());
            all.addAll(result.people());
            store.putGraph(graph, LinkGraph.of(base, shape, target, Instant.now(), all));
            main.out()
                    .printf(
                            "Linked %d of %d cited works and %d of %d people without identifiers to %s (%s, "
                                    + "threshold %.2f); matches are in %s%n",
                            result.works().size(),
                            result.worksConsidered(),
                            result.people().size(),
                            result.peopleConsidered(),
                            target,
                            shape.label(),
                            threshold,
                            graph);
            return ExitCode.OK;
        }
    }
}
