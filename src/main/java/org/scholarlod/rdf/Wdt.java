package org.scholarlod.rdf;

/**
 * Wikidata's direct properties (http://www.wikidata.org/prop/direct/), which reconciliation queries Wikidata by;
 * none is written in our output.
 */
public final class Wdt {
    public static final String NS = "http://www.wikidata.org/prop/direct/";

    private Wdt() {}
}
