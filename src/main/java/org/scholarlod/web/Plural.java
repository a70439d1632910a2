package org.scholarlod.web;

/** Counts as people read them: "1 article", "2 articles", "1 person", "3 people". */
final class Plural {
    private Plural() {}

    static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
