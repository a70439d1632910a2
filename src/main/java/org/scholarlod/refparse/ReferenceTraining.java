package org.scholarlod.refparse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.scholarlod.model.PersonName;

/**
 * Trains the parser's two models on the train side of the corpora only: the reference model on the annotated
 * references and on the same references rendered in the training styles, the name model on the annotated name
 * lists and on names laid out as styles write them.
 */
public final class ReferenceTraining {
    /** How many laid-out name lists join the annotated ones. */
    static final int LAID_OUT_NAME_LISTS = 6000;
    /** The share of rendered references laid out on lines, as web pages show them. */
    static final double ON_LINES = 0.15;
    /** The share of rendered references whose volume, issue and page markers are in another language. */
    static final double LOCALISED = 0.1;

    /** The parser the models make, and what they were trained on. */
    public record Trained(
            ReferenceParser parser,
            int annotatedReferences,
            int renderedReferences,
            int annotatedNameLists,
            int laidOutNameLists) {}

    private ReferenceTraining() {}

    /**
     * Trains both models and writes them. The same inputs, epochs and seed give the same models.
     */
    public static Trained train(
            Path corpus,
            Path nameCorpus,
            int epochs,
            long seed,
            int stylesPerReference,
            OutputStream referenceModel,
            OutputStream nameModel)
            throws IOException {
        List<TeiCorpus.Entry> entries = new ArrayList<>();
        for (Path file : ReferenceEvaluation.files(corpus, ReferenceEvaluation.Split.train)) {
            entries.addAll(TeiCorpus.read(file));
        }
        int annotated = entries.size();
        List<CslRenderer.Rendering> renderings = RenderedReferences.of(
                corpus, nameCorpus, ReferenceEvaluation.Split.train, RenderedStyles.TRAINING, stylesPerReference, seed);
        Random layout = new Random(seed);
        Random language = new Random(seed + 1);
        for (CslRenderer.Rendering rendered : renderings) {
            boolean onLines = layout.nextDouble() < ON_LINES;
            CslRenderer.Rendering rendering =
                    language.nextDouble() < LOCALISED ? LocalisedMarkers.localise(rendered, language) : rendered;
            entries.add(RenderedReferences.asEntry(onLines ? RenderedReferences.onLines(rendering) : rendering));
        }
        SequenceModel references = ModelParser.train(entries, epochs, seed);
        references.write(referenceModel, TokenLabel.NAMES);

        List<List<NamePart>> lists = new ArrayList<>();
        for (Path file : RenderedReferences.nameFiles(nameCorpus, ReferenceEvaluation.Split.train)) {
            lists.addAll(NameCorpus.examples(file));
        }
        int annotatedLists = lists.size();
        List<PersonName> known = RenderedReferences.names(nameCorpus, ReferenceEvaluation.Split.train);
        NameLayouts layouts = new NameLayouts(known, seed);
        Random random = new Random(seed);
        for (int i = 0; i < LAID_OUT_NAME_LISTS; i++) {
            List<PersonName> names = new ArrayList<>();
            int count = 1 + random.nextInt(random.nextInt(4) == 0 ? 12 : 4);
            for (int k = 0; k < count; k++) {
                names.add(known.get(random.nextInt(known.size())));
            }
            lists.add(layouts.layOut(names));
        }
        SequenceModel names = NameModel.train(lists, epochs, seed);
        names.write(nameModel, NameLabel.NAMES);
        return new Trained(
                new ReferenceParser(new ModelParser(references, new NameModel(names))),
                annotated,
                renderings.size(),
                annotatedLists,
                LAID_OUT_NAME_LISTS);
    }
}
