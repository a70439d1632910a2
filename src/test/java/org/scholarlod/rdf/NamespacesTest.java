package org.scholarlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class NamespacesTest {
    @Test
    void sparql_declaresTheNamedPrefixesOnePerLine() {
        assertEquals(
                "PREFIX cito: <http://purl.org/spar/cito/>\nPREFIX void: <http://rdfs.org/ns/void#>\n",
                Namespaces.sparql("cito", "void"));
    }

    @Test
    void sparql_parsesWithTheTermsOfEveryVocabulary() {
        Query query = QueryFactory.create(Namespaces.sparql("dcterms", "foaf", "dcat", "sd", "text", "wdt")
                + "SELECT * { ?s dcterms:title ?t ; foaf:name ?n ; dcat:distribution ?d ; sd:endpoint ?e ;"
                + " wdt:P356 ?doi }");
        assertEquals(Dct.title.getURI(), query.getPrefixMapping().expandPrefix("dcterms:title"));
        assertEquals(Dcat.distribution.getURI(), query.getPrefixMapping().expandPrefix("dcat:distribution"));
        assertTrue(query.getPrefixMapping().getNsPrefixURI("text").startsWith("http://jena.apache.org/text"));
    }

    @Test
    void sparql_unknownPrefix_isRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Namespaces.sparql("dcterm"));
        assertEquals("no namespace has the prefix 'dcterm'", e.getMessage());
    }

    @Test
    void sparql_queryOnlyPrefixesStayOutOfTheOutputPrefixes() {
        assertEquals(null, Namespaces.prefixes().getNsPrefixURI("wdt"));
        assertEquals(null, Namespaces.prefixes().getNsPrefixURI("sd"));
    }
}
