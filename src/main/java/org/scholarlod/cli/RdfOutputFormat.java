package org.scholarlod.cli;

import org.apache.jena.riot.RDFFormat;

/** The serialisations {@code convert} writes; the quad formats keep each article's named graph. */
enum RdfOutputFormat {
    turtle(RDFFormat.TURTLE_PRETTY, false),
    ntriples(RDFFormat.NTRIPLES, false),
    /** Compacted with the published context by JsonLdContext, not by a Jena writer. */
    jsonld(null, false),
    rdfxml(RDFFormat.RDFXML_PRETTY, false),
    trig(RDFFormat.TRIG_PRETTY, true),
    nquads(RDFFormat.NQUADS, true);

    final RDFFormat jena;
    final boolean quads;

    RdfOutputFormat(RDFFormat jena, boolean quads) {
        this.jena = jena;
        this.quads = quads;
    }
}
