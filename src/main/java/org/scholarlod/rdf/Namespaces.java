package org.scholarlod.rdf;

import org.apache.jena.query.text.TextQuery;
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
    /** Namespaces that queries name and articles' output does not use. */
    private static final PrefixMapping QUERY_ONLY = PrefixMapping.Factory.create()
            .setNsPrefix("void", VoidVocab.NS)
            .setNsPrefix("dcat", Dcat.NS)
            .setNsPrefix("sd", Sd.NS)
            .setNsPrefix("text", TextQuery.NS)
            .setNsPrefix("wdt", Wdt.NS)
            .lock();

    private Namespaces() {}

    /** A fresh, modifiable copy of the shared prefixes. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(PREFIXES);
    }

    /**
     * SPARQL PREFIX declarations, one line each, for the named prefixes: the shared ones and {@code void},
     * {@code dcat}, {@code sd}, {@code text} and {@code wdt}. Queries take their namespaces from here, never
     * written out.
     */
    public static String sparql(String... names) {
        StringBuilder prologue = new StringBuilder();
        for (String name : names) {
            String namespace = PREFIXES.getNsPrefixURI(name);
            if (namespace == null) {
                namespace = QUERY_ONLY.getNsPrefixURI(name);
            }
            if (namespace == null) {
                throw new IllegalArgumentException("no namespace has the prefix '" + name + "'");
            }
            prologue.append("PREFIX ")
                    .append(name)
                    .append(": <")
                    .append(namespace)
                    .append(">\n");
        }
        return prologue.toString();
    }

    /** The shared prefixes plus {@code id:} and {@code graph:} for a base URI. */
    public static PrefixMapping prefixes(BaseUri base) {
        return prefixes().setNsPrefix("id", base.resolve("id/")).setNsPrefix("graph", base.resolve("graph/"));
    }
}
