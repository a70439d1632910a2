package org.scholarlod.source.catalogue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholarlod.source.Reading;

/** Walks inputs in a test and collects what the walker hands on. */
public final class Records {
    private Records() {}

    public static List<InputRecord> walk(String... inputs) {
        return walk(new ByteArrayInputStream(new byte[0]), inputs);
    }

    public static List<InputRecord> walk(InputStream stdin, String... inputs) {
        List<InputRecord> records = new ArrayList<>();
        new CatalogueWalker().walk(List.of(inputs), stdin, records::add);
        return records;
    }

    /** The one article of a file that holds one. */
    public static Reading only(Path file) {
        List<InputRecord> records = walk(file.toString());
        if (records.size() != 1) {
            throw new AssertionError(file + " holds " + records.size() + " records, not one");
        }
        return records.get(0).read();
    }

    public static Path fixture(String name) {
        return Path.of("src/test/resources/crossref", name);
    }
}
