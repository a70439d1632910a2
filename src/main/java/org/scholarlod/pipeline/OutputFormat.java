package org.scholarlod.pipeline;

import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes {@code convert} writes, each with the Jena format that writes it as a stream: N-Triples,
 * N-Quads, Turtle and TriG article by article (Turtle and TriG in blocks under one prefix header), JSON-LD as
 * an array of one compacted document per article, RDF/XML (which cannot be split) as one document in memory.
 */
public enum OutputFormat {
    turtle(RDFFormat.TURTLE_BLOCKS, false),
    ntriples(RDFFormat.NTRIPLES, false),
    jsonld(null, false),
    rdfxml(RDFFormat.RDFXML_PRETTY, false),
    trig(RDFFormat.TRIG_BLOCKS, true),
    nquads(RDFFormat.NQUADS, true);

    final RDFFormat jena;
    /** Whether each article keeps its named graph. */
    public final boolean quads;

    OutputFormat(RDFFormat jena, boolean quads) {
        this.jena = jena;
        this.quads = quads;
    }
}
