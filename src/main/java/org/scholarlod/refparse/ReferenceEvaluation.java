package org.scholarlod.refparse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the parser against an annotated corpus, split by file (never by reference, so near-duplicates
 * from one paper stay on one side): every fifth file, in name order, is the development set.
 */
public final class ReferenceEvaluation {
    /** Which files to measure on. */
    public enum Split {
        dev,
        train,
        all
    }

    /** Field scores with exact and soft matching, over how many references from how many files. */
    public record Result(FieldScores exact, FieldScores soft, int references, int files) {}

    private ReferenceEvaluation() {}

    public static List<Path> files(Path corpus, Split split) throws IOException {
        List<Path> all = TeiCorpus.files(corpus);
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean dev = i % 5 == 4;
            if (split == Split.all || (split == Split.dev) == dev) {
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
}
