package org.scholarlod.refparse;

import java.util.Arrays;
import java.util.List;

/**
 * What the sequence model labels a token of a reference with: the CSL-JSON field it belongs to, or
 * {@link #OTHER} for punctuation and glue. The order is the model file's: a new label needs a retrained model.
 */
enum TokenLabel {
    OTHER("other"),
    AUTHOR("author"),
    EDITOR("editor"),
    TITLE("title"),
    CONTAINER_TITLE("container-title"),
    COLLECTION_TITLE("collection-title"),
    ISSUED("issued"),
    VOLUME("volume"),
    ISSUE("issue"),
    PAGE("page"),
    NUMBER("number"),
    PUBLISHER("publisher"),
    PUBLISHER_PLACE("publisher-place"),
    DOI("DOI"),
    URL("URL");

    static final List<TokenLabel> ALL = List.of(values());
    /** The labels' names, as a model file lists them. */
    static final List<String> NAMES = ALL.stream().map(TokenLabel::csl).toList();

    private final String csl;

    /** The first and last token of this label's first run in a labelling, or null when no token has it. */
    int[] firstRun(int[] labels) {
        int start = 0;
        while (start < labels.length && labels[start] != ordinal()) {
            start++;
        }
        if (start == labels.length) {
            return null;
        }
        int end = start;
        while (end + 1 < labels.length && labels[end + 1] == ordinal()) {
            end++;
        }
        return new int[] {start, end};
    }

    /** Whether a token after {@code from} has this label. */
    boolean after(int[] labels, int from) {
        for (int k = from + 1; k < labels.length; k++) {
            if (labels[k] == ordinal()) {
                return true;
            }
        }
        return false;
    }

    TokenLabel(String csl) {
        this.csl = csl;
    }

    /** The CSL-JSON field name. */
    String csl() {
        return csl;
    }

    /** Whether tokens with this label are names, joined into a list rather than taken once. */
    boolean names() {
        return this == AUTHOR || this == EDITOR;
    }

    /** The label of a CSL-JSON field name, {@link #OTHER} for a field the model does not label. */
    static TokenLabel ofCsl(String field) {
        return Arrays.stream(values())
                .filter(l -> l.csl.equals(field))
                .findFirst()
                .orElse(OTHER);
    }
}
