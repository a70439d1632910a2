package org.scholarlod.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes ScholarLOD writes its output with, shared by the writers, the store and the example queries. */
public final class Namespaces {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("dcterms", Dct.NS)
            .setNsPrefix("foaf", Foaf.NS)
            .setNsPrefix("skos", Skos.NS)
            .setNsPrefix("fabio", Fabio.NS)
            .setNsPrefix("frbr", Frbr.NS)
            .setNsPrefix("prism", Prism.NS)
            .setNsPrefix("cito", Cito.NS)
            .setNsPrefix("biro", Biro.NS)
            .setNsPrefix("c4o", C4o.NS)
            .setNsPrefix("pro", Pro.NS)
            .setNsPrefix("frapo", Frapo.NS)
            .setNsPrefix("datacite", Datacite.NS)
            .setNsPrefix("literal", LiteralReification.NS)
            .setNsPrefix("oco", Oco.NS)
            .setNsPrefix("org", Org.NS)
            .setNsPrefix("prov", Prov.NS)
            .setNsPrefix("deo", Deo.NS)
            .setNsPrefix("vcard", Vcard.NS)
            .setNsPrefix("slod", ScholarLodVocab.NS)
            .lock();

    private Namespaces() {}

    /** A fresh, modifiable copy of the shared prefixes. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(PREFIXES);
    }

    /** The shared prefixes plus {@code id:} and {@code graph:} for a base URI. */
    public static PrefixMapping prefixes(String base) {
        return prefixes().setNsPrefix("id", base + "id/").setNsPrefix("graph", base + "graph/");
    }
}
