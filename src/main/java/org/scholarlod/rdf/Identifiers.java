package org.scholarlod.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.scholarlod.model.Identifier;

/**
 * An identifier written twice: as an OCDM identifier ({@code datacite:hasIdentifier} to a {@code datacite:Identifier}
 * with scheme and value, as OpenCitations Meta writes it) and as a link to its canonical URI, {@code owl:sameAs}
 * where that URI names the same thing (DOI, ORCID, ROR, Wikidata, Crossref Funder ID) and {@code rdfs:seeAlso}
 * where it names a page about it (ISSN portal, PubMed, arXiv, Open Library).
 */
public final class Identifiers {
    private Identifiers() {}

    /** Writes {@code id} of {@code subject} into {@code graph}, minting the identifier's URI with {@code uris}. */
    public static void add(UriMinter uris, Graph graph, Node subject, Identifier id) {
        add(uris, new TripleWriter(graph), subject, id);
    }

    static void add(MappingContext c, Node subject, Identifier id) {
        add(c.uris(), c.out(), subject, id);
    }

    static void add(UriMinter uris, TripleWriter out, Node subject, Identifier id) {
        Node identifier = uris.identifier(id.scheme().datacite, id.value());
        out.add(subject, Datacite.hasIdentifier, identifier);
        out.type(identifier, Datacite.Identifier);
        out.add(identifier, Datacite.usesIdentifierScheme, NodeFactory.createURI(Datacite.NS + id.scheme().datacite));
        out.text(identifier, LiteralReification.hasLiteralValue, id.value());
        out.add(
                subject,
                id.scheme().sameThing ? OWL.sameAs.asNode() : RDFS.seeAlso.asNode(),
                NodeFactory.createURI(id.uri()));
    }
}
