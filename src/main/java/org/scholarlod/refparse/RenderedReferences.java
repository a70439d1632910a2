package org.scholarlod.refparse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholarlod.model.PersonName;

/**
 * References of one side of the corpus split rendered in CSL styles: the annotated references of that side's
 * files, with names from the same side of the name corpus, so that nothing measured was trained on.
 */
final class RenderedReferences {
    private RenderedReferences() {}

    /** The names of one side of the name corpus (split by file, every fifth file on the dev side). */
    static List<PersonName> names(Path nameCorpus, ReferenceEvaluation.Split split) throws IOException {
        List<PersonName> names = new ArrayList<>();
        for (Path file : nameFiles(nameCorpus, split)) {
            NameCorpus.read(file).forEach(names::addAll);
        }
        return names;
    }

    /** The files of one side of the name corpus: every fifth file, in name order, is on the dev side. */
    static List<Path> nameFiles(Path nameCorpus, ReferenceEvaluation.Split split) throws IOException {
        List<Path> files = TeiCorpus.files(nameCorpus);
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            boolean dev = i % 5 == 4;
            if (split == ReferenceEvaluation.Split.all || (split == ReferenceEvaluation.Split.dev) == dev) {
                chosen.add(files.get(i));
            }
        }
        return chosen;
    }

    /** The split's references, each rendered in {@code perReference} styles drawn from {@code styles}. */
    static List<CslRenderer.Rendering> of(
            Path corpus,
            Path nameCorpus,
            ReferenceEvaluation.Split split,
            List<String> styles,
            int perReference,
            long seed)
            throws IOException {
        KnownReferences known =
                new KnownReferences(names(nameCorpus, split), seed, split == ReferenceEvaluation.Split.train);
        List<KnownReference> references = new ArrayList<>();
        for (Path file : ReferenceEvaluation.files(corpus, split)) {
            for (TeiCorpus.Entry entry : TeiCorpus.read(file)) {
                KnownReference reference = known.of(entry);
                if (reference != null) {
                    references.add(reference);
                }
            }
        }
        return RenderedStyles.render(references, styles, perReference, seed);
    }

    /**
     * The rendering laid out as web pages show reference lists (ScienceDirect, for one): the authors, the title
     * and the rest each on a line of their own, the punctuation between them dropped.
     */
    static CslRenderer.Rendering onLines(CslRenderer.Rendering rendering) {
        List<TeiCorpus.Segment> segments = rendering.segments();
        int lastAuthor = -1;
        int firstTitle = -1;
        int lastTitle = -1;
        for (int i = 0; i < segments.size(); i++) {
            String label = segments.get(i).label();
            lastAuthor = label.equals("author") ? i : lastAuthor;
            firstTitle = label.equals("title") && firstTitle < 0 ? i : firstTitle;
            lastTitle = label.equals("title") ? i : lastTitle;
        }
        java.util.Set<Integer> breaks = new java.util.HashSet<>();
        for (int i : new int[] {lastAuthor + 1, firstTitle - 1, lastTitle + 1}) {
            if (i > 0 && i < segments.size() && segments.get(i).label().equals("other")) {
                breaks.add(i);
            }
        }
        List<TeiCorpus.Segment> laidOut = new ArrayList<>(segments.size());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            TeiCorpus.Segment segment = breaks.contains(i) ? new TeiCorpus.Segment("\n", "other") : segments.get(i);
            laidOut.add(segment);
            text.append(segment.text());
        }
        return new CslRenderer.Rendering(
                rendering.style(), ReferenceText.tidy(text.toString()), laidOut, rendering.shown());
    }

    /** A rendering as a training example: its text by field. */
    static TeiCorpus.Entry asEntry(CslRenderer.Rendering rendering) {
        return new TeiCorpus.Entry(rendering.style(), rendering.text(), java.util.Map.of(), rendering.segments());
    }
}
