package org.scholarlod.refparse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.WorkType;

/**
 * Measures the parser against an annotated corpus, split by file (never by reference, so near-duplicates
 * from one paper stay on one side): every fifth file, in name order, is the development set. GROBID's two
 * citation evaluation files (physics styles) sit in its training corpus; here they are held out of both sides
 * and measured on their own.
 */
public final class ReferenceEvaluation {
    /** Which files to measure on. */
    public enum Split {
        dev,
        train,
        physics,
        all
    }

    /** GROBID's citation evaluation files, which it also trains on. */
    static final List<String> PHYSICS =
            List.of("evaluation-citation-arXive.org.tei.xml", "evaluation-citation-inspire-hep-journals.tei.xml");

    /** Field scores with exact and soft matching, over how many references from how many files (or styles). */
    public record Result(FieldScores exact, FieldScores soft, int references, int files) {
        /** The result of all the parts together, each parsed once; {@code files} as the whole counts them. */
        public static Result sum(java.util.Collection<Result> parts, int files) {
            FieldScores exact = new FieldScores(false);
            FieldScores soft = new FieldScores(true);
            int references = 0;
            for (Result part : parts) {
                exact.add(part.exact());
                soft.add(part.soft());
                references += part.references();
            }
            return new Result(exact, soft, references, files);
        }
    }

    /** Scores over all held-out styles, and per style. */
    public record StyleResults(Result all, java.util.SortedMap<String, Result> byStyle) {}

    /** The seed that draws names and styles for the held-out set: fixed, so that every run measures the same. */
    static final long HELD_OUT_SEED = 7;

    private ReferenceEvaluation() {}

    public static List<Path> files(Path corpus, Split split) throws IOException {
        List<Path> all = TeiCorpus.files(corpus);
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean physics = PHYSICS.contains(all.get(i).getFileName().toString());
            boolean dev = i % 5 == 4;
            if (split == Split.all
                    || split == Split.physics && physics
                    || !physics && (split == Split.dev && dev || split == Split.train && !dev)) {
                chosen.add(all.get(i));
            }
        }
        return chosen;
    }

    public static Result evaluate(List<Path> files, ReferenceParser parser) throws IOException {
        FieldScores exact = new FieldScores(false);
        FieldScores soft = new FieldScores(true);
        int references = 0;
        for (Path file : files) {
            for (TeiCorpus.Entry entry : TeiCorpus.read(file)) {
                var expected = ComparableFields.ofAnnotation(entry.fields());
                var found = ComparableFields.ofWork(parser.parse(entry.raw()));
                exact.add(expected, found);
                soft.add(expected, found);
                references++;
            }
        }
        return new Result(exact, soft, references, files.size());
    }

    /**
     * Measures the parser on the dev side's references rendered, each once, in styles never trained on (see
     * {@link RenderedStyles#HELD_OUT}), with names from the dev side of the name corpus; {@code onLines} lays
     * each out as web pages do, authors, title and source on lines of their own.
     */
    public static StyleResults heldOutStyles(Path corpus, Path nameCorpus, ReferenceParser parser, boolean onLines)
            throws IOException {
        List<CslRenderer.Rendering> renderings =
                RenderedReferences.of(corpus, nameCorpus, Split.dev, RenderedStyles.HELD_OUT, 1, HELD_OUT_SEED);
        if (onLines) {
            renderings = renderings.stream().map(RenderedReferences::onLines).toList();
        }
        java.util.SortedMap<String, Result> byStyle = new java.util.TreeMap<>();
        for (String style : RenderedStyles.HELD_OUT) {
            byStyle.put(
                    style,
                    evaluateRendered(
                            renderings.stream()
                                    .filter(r -> r.style().equals(style))
                                    .toList(),
                            parser));
        }
        return new StyleResults(Result.sum(byStyle.values(), byStyle.size()), byStyle);
    }

    /**
     * A reference's text, the work its publisher's tags give, the fields not to score it on, and, where its text
     * begins with the mark that repeats the authors before, the text of the reference they are read from (the
     * nearest one before it in its list without the mark), else null.
     */
    public record Tagged(String text, CitedWork work, Set<String> unscored, String authorsFrom) {
        public Tagged {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(work, "work");
            unscored = Set.copyOf(unscored);
        }

        public Tagged(String text, CitedWork work, Set<String> unscored) {
            this(text, work, unscored, null);
        }
    }

    /**
     * Measures the parser on references whose publisher tagged their fields (each reference's text and the
     * work its tags give): names one by one, and the type where the tags name one.
     */
    public static Result evaluateTagged(List<Tagged> references, int files, ReferenceParser parser) {
        FieldScores exact = new FieldScores(false);
        FieldScores soft = new FieldScores(true);
        for (Tagged reference : references) {
            var expected = ComparableFields.ofWorkByName(reference.work());
            CitedWork before = reference.authorsFrom() == null ? null : parser.parse(reference.authorsFrom());
            var found = ComparableFields.ofWorkByName(parser.parse(reference.text(), before));
            if (reference.work().type() == WorkType.OTHER) {
                // The tags name no type: whatever type the parser gives is neither right nor wrong.
                expected.remove("type");
                found.remove("type");
            }
            expected.keySet().removeAll(reference.unscored());
            found.keySet().removeAll(reference.unscored());
            exact.add(expected, found);
            soft.add(expected, found);
        }
        return new Result(exact, soft, references.size(), files);
    }

    /**
     * Measures the parser on references paired with some of their fields (the title, the container's title, the
     * volume, the first page, the first author's family name), each scored where the pair gives it.
     */
    public static Result evaluateFirsts(List<Tagged> references, int files, ReferenceParser parser) {
        FieldScores exact = new FieldScores(false);
        FieldScores soft = new FieldScores(true);
        for (Tagged reference : references) {
            var expected = ComparableFields.ofWorkByFirsts(reference.work());
            var found = ComparableFields.ofWorkByFirsts(parser.parse(reference.text()));
            found.keySet().retainAll(expected.keySet());
            exact.add(expected, found);
            soft.add(expected, found);
        }
        return new Result(exact, soft, references.size(), files);
    }

    /**
     * Measures the parser on rendered references against what their style shows: names one by one, the type
     * scored. The result's file count is the number of styles.
     */
    static Result evaluateRendered(List<CslRenderer.Rendering> renderings, ReferenceParser parser) {
        FieldScores exact = new FieldScores(false);
        FieldScores soft = new FieldScores(true);
        for (CslRenderer.Rendering rendering : renderings) {
            var expected = ComparableFields.ofKnown(rendering.shown());
            var found = ComparableFields.ofWorkByName(parser.parse(rendering.text()));
            exact.add(expected, found);
            soft.add(expected, found);
        }
        int styles = (int)
                renderings.stream().map(CslRenderer.Rendering::style).distinct().count();
        return new Result(exact, soft, renderings.size(), styles);
    }
}
