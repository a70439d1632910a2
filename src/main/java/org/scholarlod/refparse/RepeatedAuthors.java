package org.scholarlod.refparse;

import java.util.regex.Pattern;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.WorkType;

/**
 * The mark a reference list prints for "the same authors as the reference before" ("______." in ABNT, "———." in
 * Chicago, "---." in MLA): the authors are read from the reference before, which the mark says they are.
 */
public final class RepeatedAuthors {
    /**
     * The mark at the start, a full stop after it; with a comma after it ("———, ed.", "———, and J. Smith") it
     * stands for the authors in some other role or with others, which is left to the parser.
     */
    private static final Pattern MARK = Pattern.compile("^\\s*(?:\\d+\\.?\\s+)?(?:_{3,}|[-‐‒–—―]{2,})\\s*\\.");

    private RepeatedAuthors() {}

    /** Whether the reference's text begins with the mark. */
    public static boolean marked(String text) {
        return text != null && MARK.matcher(text).find();
    }

    /**
     * The text with its mark written as ABNT writes it: the model reads the rest as it follows an author (with no
     * mark, it would read the title's first words as one), and reads no field in it (dashes, it may read as title).
     */
    static String abntMarked(String text) {
        return MARK.matcher(text).replaceFirst("______.");
    }

    /** {@code read} with the authors of {@code before}, when it has any; {@code read} as it is otherwise. */
    static CitedWork carried(CitedWork read, CitedWork before) {
        if (read == null || before == null || before.authors().isEmpty()) {
            return read;
        }
        return CitedWork.builder(WorkType.OTHER)
                .authors(before.authors())
                .build()
                .completedBy(read);
    }
}
