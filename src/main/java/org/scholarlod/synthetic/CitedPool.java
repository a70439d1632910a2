package org.scholarlod.synthetic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * The works outside the catalogue that its articles cite, each derived from its index alone, written as a
 * reference in one of the ways Crossref records carry them: a DOI, the printed text in a common style, or
 * the depositor's fields.
 */
final class CitedPool {
    private final long seed;

    CitedPool(long seed) {
        this.seed = seed;
    }

    /** A reference to external work {@code k} in the form {@code form} (0 DOI, 1 text, 2 fields, 3 both). */
    void reference(ObjectNode entry, int k, int form, int style) {
        SplittableRandom random = new SplittableRandom(seed * 31 + k * 7_919L);
        String family = Words.pick(random, Words.FAMILY);
        String given = Words.pick(random, Words.GIVEN);
        String second = Words.pick(random, Words.FAMILY);
        int year = 1970 + random.nextInt(55);
        String title = Words.title(random);
        String journal = Words.journal(random.nextInt(120));
        int volume = 1 + random.nextInt(80);
        int first = 1 + random.nextInt(900);
        int last = first + 5 + random.nextInt(30);
        String doi = "10.5555/ext." + k;
        if (form == 0) {
            entry.put("DOI", doi).put("doi-asserted-by", "crossref");
            return;
        }
        if (form == 1 || form == 3) {
            entry.put(
                    "unstructured",
                    switch (style % 4) {
                        case 0 ->
                            String.format(
                                    "%s, %s., & %s, %s. (%d). %s. %s, %d, %d–%d.",
                                    family,
                                    given.charAt(0),
                                    second,
                                    given.charAt(0),
                                    year,
                                    title,
                                    journal,
                                    volume,
                                    first,
                                    last);
                        case 1 ->
                            String.format(
                                    "%s %s, %s %s. %s. %s. %d;%d:%d-%d.",
                                    family,
                                    given.charAt(0),
                                    second,
                                    given.charAt(0),
                                    title,
                                    journal,
                                    year,
                                    volume,
                                    first,
                                    last);
                        case 2 ->
                            String.format(
                                    "%s, %s., %s, %s.: %s. %s %d, %d–%d (%d)",
                                    family,
                                    given.charAt(0),
                                    second,
                                    given.charAt(0),
                                    title,
                                    journal,
                                    volume,
                                    first,
                                    last,
                                    year);
                        default ->
                            String.format(
                                    "%s, %s, and %s %s. \"%s.\" %s %d (%d): %d–%d.",
                                    family,
                                    given,
                                    Words.pick(random, Words.GIVEN),
                                    second,
                                    title,
                                    journal,
                                    volume,
                                    year,
                                    first,
                                    last);
                    });
        }
        if (form == 2 || form == 3) {
            entry.put("author", family + " " + given.charAt(0))
                    .put("year", String.valueOf(year))
                    .put("article-title", title)
                    .put("journal-title", journal)
                    .put("volume", String.valueOf(volume))
                    .put("first-page", String.valueOf(first));
            if (form == 3) {
                entry.put("DOI", doi).put("doi-asserted-by", "publisher");
            }
        }
    }
}
