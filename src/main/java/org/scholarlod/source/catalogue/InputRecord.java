package org.scholarlod.source.catalogue;

import java.util.function.Supplier;
import org.scholarlod.source.Reading;

/**
 * One article's input, not yet read: the file it is in, its place there ("item 17", "line 3"; null for a file
 * that is one article), its DOI when the walker already knows it, and how to read it.
 */
public record InputRecord(String file, String position, String doi, Supplier<Reading> reader) {
    /** The file and the place, as errors and warnings name a record. */
    public String label() {
        return position == null ? file : file + ": " + position;
    }

    /** Reads the article; throws {@link org.scholarlod.source.InputException} when it cannot be read. */
    public Reading read() {
        return reader.get();
    }
}
