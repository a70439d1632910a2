package org.scholarlod.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.scholarlod.refparse.ReferenceEvaluation;
import org.scholarlod.refparse.ReferenceLayout;
import org.scholarlod.refparse.ReferenceParser;
import org.scholarlod.source.GluttonPairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scholarlod evaluate-references}: field-level precision, recall and F1 of the reference parser. */
@Command(
        name = "evaluate-references",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Measure the reference parser on annotated references it was not trained on.",
            "Prints precision, recall and F1 per field with exact and with soft matching (soft: case, spaces and "
                    + "punctuation ignored, and names compared by family name only)."
        },
        footer = ExitCode.HELP_FOOTER)
final class EvaluateReferencesCommand implements Callable<Integer> {
    /** What to measure on. */
    enum EvaluationSet {
        dev,
        physics,
        styles,
        web,
        train
    }

    @ParentCommand
    Main main;

    @Mixin
    ReferenceCorpora corpora;

    @Option(
            names = "--set",
            paramLabel = "SET",
            defaultValue = "dev",
            description = {
                "dev: GROBID's corpus, every fifth file; the author list is compared as its words in order.",
                "physics: GROBID's two citation evaluation files, held out here (GROBID itself trains on them).",
                "styles: the dev side's references rendered in CSL styles never trained on; names compared one "
                        + "by one (family, and given names as initials), and the work type scored.",
                "web: the same, laid out as web pages show reference lists: authors, title and source on lines of "
                        + "their own.",
                "train: the files trained on, to see how well the model fits.",
                "Default: ${DEFAULT-VALUE}."
            })
    EvaluationSet set;

    @Option(
            names = "--jats",
            paramLabel = "PATH",
            arity = "1..*",
            description = {
                "Measure on real references instead: the mixed citations of these JATS files (or of the XML files "
                        + "in these folders), against the fields their publisher tagged. Only completely tagged "
                        + "citations are scored (no untagged words but joining ones such as \"pp.\" or \"In:\", "
                        + "no untagged DOI, no last source holding sentences, a volume and pages or an \"In:\"; "
                        + "where fields stand beside the text, as SciELO's element citations do, no two words of "
                        + "the text that no field holds); names one by one, and the type where the tags name one; "
                        + "an article number with no pages beside it counts as the page (publishers tag it as fpage "
                        + "or as elocation-id), and pages 12-12 as page 12; a link the text does not show is not "
                        + "scored, nor an untyped source alone as title or container. Each PATH is a row of its "
                        + "own."
            })
    List<Path> jats = List.of();

    @Option(
            names = "--glutton",
            paramLabel = "FILE",
            description = {
                "Measure on reference strings taken from PDFs instead, paired with fields of the works they cite: "
                        + "biblio-glutton's reference matching set (a JSON array, gzipped or not, of \"reference\" "
                        + "with \"atitle\", \"jtitle\", \"volume\", \"firstPage\" and \"firstAuthor\" from "
                        + "the article's PMC XML). Scored: the title, the journal, the volume, the first page and "
                        + "the first author's family name, each where the pair gives it. The strings' styles "
                        + "are not recorded, so rows are given by family of layouts instead (where the year "
                        + "stands: \"(2001)\" after the authors, \"2001;12:33\", \"2001, 12:33\", …)."
            })
    Path glutton;

    @Override
    public Integer call() throws IOException {
        ReferenceParser parser = new ReferenceParser();
        long start = System.nanoTime();
        if (glutton != null) {
            List<ReferenceEvaluation.Tagged> pairs = GluttonPairs.read(glutton).stream()
                    .map(pair -> new ReferenceEvaluation.Tagged(pair.text(), pair.work(), Set.of()))
                    .toList();
            // The strings' styles are not recorded: the families of layouts stand in for them.
            Map<ReferenceLayout, List<ReferenceEvaluation.Tagged>> byLayout = new EnumMap<>(ReferenceLayout.class);
            pairs.forEach(pair -> byLayout.computeIfAbsent(ReferenceLayout.of(pair.text()), k -> new ArrayList<>())
                    .add(pair));
            Map<String, ReferenceEvaluation.Result> rows = new LinkedHashMap<>();
            byLayout.forEach((layout, some) ->
                    rows.put(layout.description(), ReferenceEvaluation.evaluateFirsts(some, 1, parser)));
            print(ReferenceEvaluation.Result.sum(rows.values(), 1), rows, "file", "layout", "--glutton", start);
            main.out().flush();
            return ExitCode.OK;
        }
        if (!jats.isEmpty()) {
            TaggedCitations tagged = TaggedCitations.read(jats, parser);
            tagged.unreadable().forEach(problem -> main.err().println("left out: " + problem));
            print(tagged.all(), tagged.byPath(), "files", "path", "--jats", start);
            main.out()
                    .printf(
                            Locale.ROOT,
                            "%d mixed citations read, %d scored; %d left out as not completely tagged.%n",
                            tagged.read(),
                            tagged.all().references(),
                            tagged.read() - tagged.all().references());
            main.out().flush();
            return ExitCode.OK;
        }
        corpora.check();
        ReferenceEvaluation.Result result;
        Map<String, ReferenceEvaluation.Result> byStyle = Map.of();
        if (set == EvaluationSet.styles || set == EvaluationSet.web) {
            ReferenceEvaluation.StyleResults styles =
                    ReferenceEvaluation.heldOutStyles(corpora.corpus, corpora.names, parser, set == EvaluationSet.web);
            result = styles.all();
            byStyle = styles.byStyle();
        } else {
            ReferenceEvaluation.Split split = ReferenceEvaluation.Split.valueOf(set.name());
            result = ReferenceEvaluation.evaluate(ReferenceEvaluation.files(corpora.corpus, split), parser);
        }
        print(result, byStyle, byStyle.isEmpty() ? "files" : "styles", "style", set.name(), start);
        main.out().flush();
        return ExitCode.OK;
    }

    private void print(
            ReferenceEvaluation.Result result,
            Map<String, ReferenceEvaluation.Result> byStyle,
            String unit,
            String row,
            String name,
            long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        main.out()
                .printf(
                        Locale.ROOT,
                        "%s: %d references from %d %s (read and parsed in %.1f s)%n%n",
                        name,
                        result.references(),
                        result.files(),
                        unit,
                        seconds);
        main.out().println("Exact matching");
        main.out().println(result.exact().table());
        main.out().println("Soft matching");
        main.out().println(result.soft().table());
        if (!byStyle.isEmpty()) {
            main.out().printf(Locale.ROOT, "%-48s %10s %10s %8s%n", row, "exact f1", "soft f1", "refs");
            byStyle.forEach((style, r) -> main.out()
                    .printf(
                            Locale.ROOT,
                            "%-48s %10.4f %10.4f %8d%n",
                            style,
                            r.exact().microF1(),
                            r.soft().microF1(),
                            r.references()));
        }
    }
}
