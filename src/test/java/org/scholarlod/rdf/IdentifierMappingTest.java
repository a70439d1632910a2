package org.scholarlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scholarlod.rdf.SeedGraph.ask;
import static org.scholarlod.rdf.SeedGraph.count;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.SourceDocument;
import org.scholarlod.model.SourceKind;
import org.scholarlod.source.ArticleRecordReader;

/** Every identifier a record gives, written as an OCDM identifier and as a link to its canonical URI. */
class IdentifierMappingTest {
    private final Graph graph = new ArticleMapper(new UriMinter(new BaseUri(SeedGraph.BASE)))
            .map(new ArticleRecordReader()
                    .read("a.json", """
            {"doi": "10.1000/ABC", "title": "T", "pmid": "123", "arxiv": "2101.00001", "wikidata": "Q42",
             "journal": {"title": "J", "issn": ["0167-4544"]},
             "authors": [{"given": "Ada", "family": "Lovelace", "orcid": "0000-0002-1694-233X", "wikidata": "Q7259",
                          "affiliations": [1]}],
             "affiliations": [{"institution": "Duke University", "ror": "00py81415"}],
             "funding": [{"funder": "National Science Foundation", "crossrefFunderId": "100000001"}]}
            """).article().toBuilder()
                            .sources(List.of(new SourceDocument("a.json", SourceKind.ARTICLE_RECORD, "0".repeat(64))))
                            .build())
            .graph();

    @Test
    void map_certainIdentitiesAreSameAs() {
        for (String link : new String[] {
            "?a owl:sameAs <https://doi.org/10.1000/abc>",
            "?a owl:sameAs <http://www.wikidata.org/entity/Q42>",
            "?p owl:sameAs <https://orcid.org/0000-0002-1694-233X>, <http://www.wikidata.org/entity/Q7259>",
            "?o owl:sameAs <https://ror.org/00py81415>",
            "?f owl:sameAs <https://doi.org/10.13039/100000001>"
        }) {
            assertTrue(ask(graph, "ASK { " + link + " }"), link);
        }
    }

    @Test
    void map_pagesAboutAThingAreSeeAlso() {
        assertTrue(ask(
                graph,
                "ASK { ?a rdfs:seeAlso <https://pubmed.ncbi.nlm.nih.gov/123>, <https://arxiv.org/abs/2101.00001> ."
                        + " ?j rdfs:seeAlso <https://portal.issn.org/resource/ISSN/0167-4544> }"));
        assertFalse(ask(graph, "ASK { ?x owl:sameAs <https://pubmed.ncbi.nlm.nih.gov/123> }"));
    }

    @Test
    void map_conformsToTheShapes() {
        assertEquals(List.of(), new ShapeValidator().violations(graph));
    }

    @Test
    void map_everyIdentifierInOcdmShape() {
        assertEquals(
                9,
                count(
                        graph,
                        "SELECT ?s ?v WHERE { ?s datacite:hasIdentifier ?id . ?id a datacite:Identifier ; "
                                + "datacite:usesIdentifierScheme ?scheme ; literal:hasLiteralValue ?v }"));
        for (String scheme : new String[] {"doi", "pmid", "arxiv", "wikidata", "issn", "orcid", "ror", "fundref"}) {
            assertTrue(ask(graph, "ASK { ?id datacite:usesIdentifierScheme datacite:" + scheme + " }"), scheme);
        }
    }
}
