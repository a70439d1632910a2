package org.scholarlod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.Article;
import org.scholarlod.model.Copyright;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.Reference;

class LandingPageReaderTest {
    static final Path SEED_PAGE = Path.of("data/articles/gereffi-lee-2016/springer-landing-page.txt");
    static final Path NEWER_PAGE = Path.of("src/test/resources/pages/newer-layout.txt");

    private final LandingPageReader reader = new LandingPageReader();

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void read_seedOlderLayout() throws IOException {
        Reading reading = reader.read("seed", text(SEED_PAGE));
        Article a = reading.article();
        assertEquals(
                "Economic and Social Upgrading in Global Value Chains and Industrial Clusters: Why Governance Matters",
                a.title());
        assertEquals("Journal of Business Ethics", a.journal().title());
        assertEquals("133", a.volume());
        assertEquals("1", a.issue());
        assertEquals(new PageRange("25", "38"), a.pages());
        assertTrue(a.abstractText().startsWith("The burgeoning literature on global value chains (GVCs)"));
        assertTrue(a.abstractText().endsWith("new patterns of governance in GVCs and clusters."));
        assertEquals(
                List.of(
                        "Corporate social responsibility",
                        "Global value chains",
                        "Industrial clusters",
                        "Governance",
                        "Economic upgrading",
                        "Social upgrading"),
                a.keywords());
        assertTrue(a.acknowledgement().startsWith("The authors would like to thank Peter Lund-Thomsen"));
        assertEquals(
                new Copyright(
                        "Springer Science+Business Media Dordrecht",
                        "2014",
                        "© Springer Science+Business Media Dordrecht 2014"),
                a.copyright());
        assertEquals(List.of(), a.authors());
        assertNull(a.doi());
        assertEquals(List.of("seed: not on the page: year, DOI, authors"), reading.warnings());
    }

    @Test
    void read_seedReferencesNumberedAndClean() throws IOException {
        List<Reference> refs = reader.read("seed", text(SEED_PAGE)).article().references();
        assertEquals(95, refs.size());
        for (int i = 0; i < refs.size(); i++) {
            assertEquals(i + 1, refs.get(i).number());
            String text = refs.get(i).text();
            assertTrue(!text.endsWith("Scholar") && !text.endsWith("CrossRef") && !text.matches("^\\d+\\..*"), text);
        }
        assertEquals(
                "Altenburg, T., & Meyer-Stamer, J. (1999). How to promote clusters: Policy experiences from "
                        + "Latin America. World Development, 27(9), 1693–1713.",
                refs.get(0).text());
        assertEquals(
                "van Tulder, R. (2009). Chains for change. Position paper for the Third Max Havelaar lecture. "
                        + "Retrieved January 6, 2014 from",
                refs.get(94).text());
    }

    @Test
    void read_seedAffiliationsAndFunding() throws IOException {
        Article a = reader.read("seed", text(SEED_PAGE)).article();
        assertEquals(2, a.affiliations().size());
        assertEquals("Duke University", a.affiliations().get(0).institution());
        assertEquals("Hanyang University", a.affiliations().get(1).institution());
        assertEquals(1, a.fundings().size());
        assertEquals("Lee", a.fundings().get(0).fundedName());
    }

    @Test
    void read_newerLayout() throws IOException {
        Reading reading = reader.read("newer", text(NEWER_PAGE));
        Article a = reading.article();
        assertEquals(
                "Mapping Open Citation Data for Small Publishers: A Case Study in Linked Scholarly Metadata",
                a.title());
        assertEquals("Scientometrics", a.journal().title());
        assertEquals("126", a.volume());
        assertNull(a.issue());
        assertEquals(new PageRange("2911", "2934"), a.pages());
        assertEquals("2021-04", a.issued());
        assertEquals("10.1007/s11192-021-03890-1", a.doi());
        assertEquals(
                List.of("Open citations", "Linked data", "Bibliographic metadata", "Small publishers"), a.keywords());
        assertEquals(
                List.of("Rossi", "de Vries", "Tanaka"),
                a.authors().stream().map(x -> x.familyName()).toList());
        assertEquals("0000-0002-1825-0097", a.authors().get(0).orcid());
        assertEquals(3, a.affiliations().size());
        assertEquals("Leiden University", a.affiliations().get(1).institution());
        assertEquals(4, a.references().size());
        assertTrue(a.references().get(3).text().endsWith("Scientific Data, 3, 160018."));
        assertEquals(2, a.fundings().size());
        assertEquals(1, a.fundings().get(0).fundedAuthor());
        assertTrue(a.abstractText().contains("\nWe evaluate it"));
        assertEquals("2021", a.copyright().year());
        assertEquals(List.of("newer: not on the page: issue"), reading.warnings());
    }

    @Test
    void read_pageCutOffInTheReferences() throws IOException {
        String seed = text(SEED_PAGE);
        String cut = seed.substring(0, seed.indexOf("Dolan, C. S.") + 20);
        Reading reading = reader.read("cut", cut);
        Article a = reading.article();
        assertEquals(24, a.references().size());
        assertEquals("Dolan, C. S., & Opon", a.references().get(23).text());
        assertEquals(0, a.affiliations().size());
        assertNull(a.copyright());
        assertEquals(List.of("cut: not on the page: year, DOI, authors, affiliations, copyright"), reading.warnings());
    }

    @Test
    void read_keywordSeparators() {
        String page = "Journal of Testing\n, Volume 1, Issue 2, pp 3–4 | Cite as\nA Title\n\nAn abstract sentence.\n\n"
                + "graphs; linked data; SPARQL\n";
        assertEquals(
                List.of("graphs", "linked data", "SPARQL"),
                reader.read("p", page).article().keywords());
        assertEquals(
                List.of("graphs", "linked data", "SPARQL"),
                new KeywordLines("p", List.of("graphs, linked data, SPARQL")).keywords);
        assertEquals(List.of("graphs", "linked data"), new KeywordLines("p", List.of("graphs · linked data")).keywords);
        assertEquals(
                List.of("graphs", "linked data"), new KeywordLines("p", List.of("graphs", "linked data")).keywords);
    }

    @Test
    void read_notAnArticle() {
        InputException e = assertThrows(InputException.class, () -> reader.read("notes.txt", "\n\n   \n"));
        assertTrue(
                e.getMessage().startsWith("notes.txt: not a Springer Link landing page: none of its marks"),
                e.getMessage());
    }

    @Test
    void read_titleStartingWithHome_isNotNavigation() {
        String page = "Skip to main content\nHome Journal of Aging Article\nHome Care for Older People: A Review\n"
                + "Journal of Aging Aims and scope Submit manuscript\nVolume 3, pages 1–9, (2020)\n";
        Article a = reader.read("p", page).article();
        assertEquals("Home Care for Older People: A Review", a.title());
        assertEquals("Journal of Aging", a.journal().title());
    }

    @Test
    void read_statusLineBetweenTitleAndAuthors_isNeitherTitleNorAuthor() {
        String page = "Journal of Testing\n, Volume 1, Issue 2, pp 3–4 | Cite as\nResearch Paper\nA Study of Tests\n"
                + "Technical Note\n  • Ada Lovelace1\n  • Alan Turing2\n";
        Article a = reader.read("p", page).article();
        assertEquals("A Study of Tests", a.title());
        assertEquals(
                List.of("Lovelace", "Turing"),
                a.authors().stream().map(au -> au.familyName()).toList());
    }
}
