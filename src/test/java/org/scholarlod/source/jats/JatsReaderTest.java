package org.scholarlod.source.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.Article;
import org.scholarlod.model.Author;
import org.scholarlod.model.Funding;
import org.scholarlod.model.Identifier;
import org.scholarlod.model.IdentifierScheme;
import org.scholarlod.model.License;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.Reference;
import org.scholarlod.model.SourceKind;
import org.scholarlod.model.WorkType;
import org.scholarlod.source.InputException;
import org.scholarlod.source.Reading;
import org.scholarlod.source.catalogue.Records;

class JatsReaderTest {
    private static final Reading PMC = Records.only(Path.of("src/test/resources/jats/pmc-research-article.xml"));
    private static final Article A = PMC.article();
    private static final Article ELIFE =
            Records.only(Path.of("src/test/resources/jats/elife-article.xml")).article();

    @Test
    void read_frontMatter() {
        assertEquals("10.5555/journal.pone.0210042", A.doi());
        assertEquals(List.of(new Identifier(IdentifierScheme.PMID, "31000001")), A.identifiers());
        assertEquals("Soil microbes and Rhizobium nodulation under CO2 enrichment", A.title());
        assertEquals("A field experiment", A.subtitle());
        assertEquals("PLoS ONE", A.journal().title());
        assertEquals("1932-6203", A.journal().electronicIssn());
        assertEquals("Public Library of Science", A.publisher());
        assertEquals("14", A.volume());
        assertEquals("1", A.issue());
        assertEquals("e0210042", A.articleNumber());
        assertEquals("2019-01-07", A.issued(), "the epub date, not the collection year");
        assertEquals("2019-01-07", A.publishedOnline());
        assertEquals(List.of("nodulation", "Rhizobium", "free-air CO2 enrichment"), A.keywords());
        assertEquals("http://creativecommons.org/licenses/by/4.0/", A.license());
        assertEquals("Carberry et al", A.copyright().holder());
        assertEquals(SourceKind.JATS_ARTICLE, A.sources().get(0).kind());
    }

    @Test
    void read_structuredAbstractFlattenedToParagraphs() {
        assertEquals(
                "Background\n\nElevated CO2 changes root exudation — and with it nodulation.\n\nResults\n\n"
                        + "Nodule mass rose by 18% (p < 0.01).",
                A.abstractText());
    }

    @Test
    void read_contributorsAffiliationsAndEditors() {
        List<Author> authors = A.authors();
        assertEquals(3, authors.size());
        assertEquals("Carberry", authors.get(0).familyName());
        assertEquals("Jr", authors.get(0).suffix());
        assertEquals("0000-0002-1825-0097", authors.get(0).orcid());
        assertEquals(List.of(1, 2), authors.get(0).affiliations());
        assertTrue(authors.get(2).collective());
        assertEquals("Iyer", A.editors().get(0).familyName());
        assertEquals(
                "Department of Biology, Brown University, Providence, Rhode Island, United States of America",
                A.affiliations().get(0).institution(),
                "an aff without institution tags is its text, label dropped");
        assertEquals("Duke University", A.affiliations().get(1).institution());
        assertEquals(
                List.of("Nicholas School of the Environment"),
                A.affiliations().get(1).units());
        assertEquals("United States of America", A.affiliations().get(1).country());
        assertEquals(
                List.of(new Identifier(IdentifierScheme.ROR, "00py81415")),
                A.affiliations().get(1).identifiers());
    }

    @Test
    void read_fundingFromAwardGroupsWithRecipient() {
        Funding funding = A.fundings().get(0);
        assertEquals("National Science Foundation", funding.funder());
        assertEquals("DEB-1655555", funding.grantNumber());
        assertEquals(List.of(new Identifier(IdentifierScheme.CROSSREF_FUNDER, "100000001")), funding.funderIds());
        assertEquals(1, funding.fundedAuthor());
        assertEquals("We thank the field crew at the Duke Forest FACE site.", A.acknowledgement());
    }

    @Test
    void read_referencesElementAndMixedCitations() {
        List<Reference> refs = A.references();
        assertEquals(5, refs.size());
        Reference journal = refs.get(0);
        assertNull(journal.text(), "an element-citation is fields, not printed text");
        assertEquals(WorkType.JOURNAL_ARTICLE, journal.work().type());
        assertEquals(
                List.of(PersonName.person("Oldroyd", "GE"), PersonName.person("Downie", "JA")),
                journal.work().authors());
        assertEquals("Annu Rev Plant Biol", journal.work().containerTitle());
        assertEquals("10.1146/annurev.arplant.59.032607.092839", journal.work().doi());
        assertEquals("519", journal.work().page().first());
        Reference book = refs.get(1);
        assertEquals(WorkType.BOOK, book.work().type());
        assertEquals("Legume nodulation: a global perspective", book.work().title());
        assertEquals("Wiley-Blackwell", book.work().publisher());
        Reference mixed = refs.get(2);
        assertTrue(mixed.text().startsWith("Ainsworth EA, Long SP. What have we learned"), mixed.text());
        assertEquals(
                List.of(PersonName.person("Ainsworth", "EA"), PersonName.person("Long", "SP")),
                mixed.work().authors(),
                "a mixed-citation's tags are taken as given");
        assertEquals("New Phytol", mixed.work().containerTitle());
        assertEquals("pone.0210042.ref004", refs.get(3).key());
        assertNull(refs.get(3).work(), "untagged text is left to the parser");
        assertEquals(
                List.of(PersonName.organisation("Soil Microbiome Consortium")),
                refs.get(4).work().authors());
    }

    @Test
    void read_aPersonGroupWithoutATypeAfterTheTitleIsLeftOutWithAWarning() {
        Reading reading = Records.only(Path.of("src/test/resources/jats/citations.xml"));
        Reference chapter = reading.article().references().stream()
                .filter(r ->
                        r.work() != null && "Multilevel studies".equals(r.work().title()))
                .findFirst()
                .orElseThrow();
        assertEquals(
                2, chapter.work().authors().size(), chapter.work().authors().toString());
        assertTrue(
                reading.warnings().stream()
                        .anyMatch(w -> w.endsWith("reference " + chapter.number()
                                + ": a person group without a type after the title (the editors?) left out")),
                reading.warnings().toString());
    }

    @Test
    void read_aSecondAuthorGroupAfterTheTitleIsLeftOutWithAWarning() {
        Reading reading = Records.only(Path.of("src/test/resources/jats/citations.xml"));
        Reference chapter = byKey(reading, "B24");
        assertEquals(
                List.of(
                        PersonName.person("Gordon", "CC"),
                        PersonName.person("Chumlea", "WC"),
                        PersonName.person("Roche", "AF")),
                chapter.work().authors(),
                "'In: Lohman TG, Roche AF, Martorell R.' are the book's");
        assertTrue(
                reading.warnings().stream()
                        .anyMatch(w -> w.endsWith("reference " + chapter.number()
                                + ": a second author group after the title (the editors?) left out")),
                reading.warnings().toString());
    }

    @Test
    void read_aCompilerIsAnEditor() {
        Reading reading = Records.only(Path.of("src/test/resources/jats/citations.xml"));
        Reference chapter = byKey(reading, "B23");
        assertEquals(List.of(PersonName.person("BRAIT", "B.")), chapter.work().authors());
        assertEquals(List.of(PersonName.person("BRAIT", "B.")), chapter.work().editors(), "ABNT's '(org.)'");
        assertEquals("Bakhtin: outros conceitos-chave", chapter.work().containerTitle());
    }

    @Test
    void read_aMixedCitationPrintingNothingBetweenItsFieldsIsFieldsOnly() {
        Reading reading = Records.only(Path.of("src/test/resources/jats/citations.xml"));
        Reference bare = byKey(reading, "B11");
        assertNull(bare.text(), "'Avery SVMicrobial cell individuality…' is no printed reference");
        assertEquals(WorkType.JOURNAL_ARTICLE, bare.work().type());
        assertEquals("Nat Rev Microbiol", bare.work().containerTitle());
        assertEquals("10.1038/nrmicro1460", bare.work().doi());
    }

    @Test
    void read_pensoftNamesTouchingAreSeparatedAndItsDoiLinkIsTheDoi() {
        Reading reading = Records.only(Path.of("src/test/resources/jats/citations.xml"));
        Reference pensoft = byKey(reading, "B13");
        assertTrue(pensoft.text().startsWith("Myers N, da Fonseca GAB, Kent J (2000)"), pensoft.text());
        assertEquals("10.1038/35002501", pensoft.work().doi());
        Reference book = byKey(reading, "B14");
        assertEquals("Woodlice", book.work().title(), "a source beside its publisher, no article title: the book's");
    }

    @Test
    void read_elifeShapes() {
        assertEquals("eLife", ELIFE.journal().title());
        assertEquals("2050-084X", ELIFE.journal().electronicIssn());
        assertEquals("2022-10-21", ELIFE.issued(), "a JATS 1.3 date-type/publication-format date");
        assertEquals(
                "Grid cells fire in hexagonal patterns. We tilted the arena by 20°.",
                ELIFE.abstractText(),
                "the digest is not the abstract");
        assertEquals(List.of("grid cells", "entorhinal cortex", "Rat"), ELIFE.keywords());
        assertEquals(List.of(License.of("http://creativecommons.org/licenses/by/4.0/")), ELIFE.licenses());
        assertEquals(List.of(1, 2), ELIFE.authors().get(1).affiliations(), "an xref naming two affiliations");
        assertEquals(
                List.of("Department of Physics"), ELIFE.affiliations().get(1).units());
        assertEquals("Warsaw", ELIFE.affiliations().get(1).city());
        assertEquals(
                "https://github.com/example/gridtilt",
                ELIFE.references().get(1).work().url());
    }

    @Test
    void read_externalEntitiesAreNeverExpanded() {
        Article article =
                Records.only(Path.of("src/test/resources/jats/xxe.xml")).article();
        assertEquals("Journal", article.journal().title());
        assertEquals("Entities are never fetched", article.title());
        assertFalse(article.journal().title().contains("root"));
    }

    @Test
    void read_refusesXmlThatIsNotAnArticleOrNotWellFormed() {
        JatsReader reader = new JatsReader();
        InputException notArticle = assertThrows(
                InputException.class,
                () -> reader.read(
                        "feed.xml", "<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("feed.xml: XML whose root is <rss>, not a JATS <article>", notArticle.getMessage());
        InputException broken = assertThrows(
                InputException.class,
                () -> reader.read("a.xml", "<article><front></article>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(broken.getMessage().startsWith("a.xml: line 1, column "), broken.getMessage());
        InputException entity = assertThrows(
                InputException.class,
                () -> reader.read(
                        "b.xml",
                        ("<article><front><article-meta><title-group><article-title>A &mdash; B"
                                        + "</article-title></title-group></article-meta></front></article>")
                                .getBytes(StandardCharsets.UTF_8)));
        assertTrue(entity.getMessage().contains("mdash"), entity.getMessage());
    }

    private static Reference byKey(Reading reading, String key) {
        return reading.article().references().stream()
                .filter(r -> key.equals(r.key()))
                .findFirst()
                .orElseThrow();
    }
}
