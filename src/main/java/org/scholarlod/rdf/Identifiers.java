package org.scholarlod.rdf;

import org.apache.jena.graph.Node;

/** OCDM identifiers: {@code datacite:hasIdentifier} to a {@code datacite:Identifier} with scheme and value. */
final class Identifiers {
    private Identifiers() {}

    static void add(MappingContext c, Node subject, Node scheme, String schemeName, String value) {
        Node identifier = c.uris().identifier(schemeName, value);
        TripleWriter out = c.out();
        out.add(subject, Datacite.hasIdentifier, identifier);
        out.type(identifier, Datacite.Identifier);
        out.add(identifier, Datacite.usesIdentifierScheme, scheme);
        out.text(identifier, LiteralReification.hasLiteralValue, value);
    }
}
