package org.scholarlod.source.catalogue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a folder is one article as ScholarLOD has always read folders: one landing page, one article record,
 * or one of each (merged), and nothing else. A folder holding anything else is a catalogue and is walked.
 */
final class ArticlePair {
    private ArticlePair() {}

    static boolean holdsOne(List<Path> entries) {
        if (entries.isEmpty() || entries.size() > 2) {
            return false;
        }
        int pages = 0;
        int records = 0;
        for (Path entry : entries) {
            if (!Files.isRegularFile(entry)) {
                return false;
            }
            switch (kind(entry)) {
                case PAGE -> pages++;
                case RECORD -> records++;
                case OTHER -> {
                    return false;
                }
            }
        }
        return pages <= 1 && records <= 1;
    }

    private enum Kind {
        PAGE,
        RECORD,
        OTHER
    }

    private static Kind kind(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            BufferedInputStream buffered = (BufferedInputStream) in;
            Sniff sniff = Sniff.of(buffered);
            return sniff == Sniff.TEXT
                    ? Kind.PAGE
                    : sniff == Sniff.JSON && !Sniff.crossref(buffered) ? Kind.RECORD : Kind.OTHER;
        } catch (IOException e) {
            return Kind.OTHER;
        }
    }
}
