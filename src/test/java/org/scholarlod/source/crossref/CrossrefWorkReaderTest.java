package org.scholarlod.source.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarlod.model.Article;
import org.scholarlod.model.Author;
import org.scholarlod.model.CitedWork;
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
import org.scholarlod.source.catalogue.InputRecord;
import org.scholarlod.source.catalogue.Records;

class CrossrefWorkReaderTest {
    private static final Reading READING = Records.only(Records.fixture("work-journal-article.json"));
    private static final Article WORK = READING.article();

    @Test
    void read_bibliographicFields() {
        assertEquals(WorkType.JOURNAL_ARTICLE, WORK.type());
        assertEquals("10.5555/jbe.2019.0042", WORK.doi());
        assertEquals("Governance and upgrading in supplier clusters", WORK.title());
        assertEquals("Evidence from three export regions", WORK.subtitle());
        assertEquals("2019-03", WORK.issued());
        assertEquals("2019-04", WORK.publishedPrint());
        assertEquals("2019-03-05", WORK.publishedOnline());
        assertEquals("157", WORK.volume());
        assertEquals("2", WORK.issue());
        assertEquals("301", WORK.pages().first());
        assertEquals("318", WORK.pages().last());
        assertEquals("e1006657", WORK.articleNumber());
        assertEquals("Springer Science and Business Media LLC", WORK.publisher());
        assertEquals(List.of("Business and International Management", "Economics and Econometrics"), WORK.subjects());
        assertEquals(SourceKind.CROSSREF_WORK, WORK.sources().get(0).kind());
    }

    @Test
    void read_journalWithTypedIssns() {
        assertEquals("Journal of Business Ethics", WORK.journal().title());
        assertEquals("J Bus Ethics", WORK.journal().shortTitle());
        assertEquals(List.of("0167-4544", "1573-0697"), WORK.journal().issns());
        assertEquals("0167-4544", WORK.journal().printIssn());
        assertEquals("1573-0697", WORK.journal().electronicIssn());
    }

    @Test
    void read_abstractJatsBecomesParagraphs() {
        assertEquals(
                "Background\n\nSuppliers in global value chains upgrade when lead firms’ standards are enforced"
                        + " & audited.\n\nMethods\n\nWe surveyed 412 firms in 3 clusters.",
                WORK.abstractText());
    }

    @Test
    void read_authorsInSequenceOrderWithOrcidSuffixAndCollective() {
        List<Author> authors = WORK.authors();
        assertEquals(4, authors.size());
        Author first = authors.get(0);
        assertEquals("Carberry", first.familyName());
        assertEquals("Jr.", first.suffix());
        assertEquals("0000-0002-1825-0097", first.orcid());
        assertEquals(Boolean.TRUE, first.orcidAuthenticated());
        assertEquals("Lindqvist", authors.get(1).familyName());
        assertTrue(authors.get(2).collective());
        assertEquals("Global Value Chains Consortium", authors.get(2).familyName());
        assertEquals("0000-0001-5109-3700", authors.get(3).orcid());
        assertEquals(Boolean.FALSE, authors.get(3).orcidAuthenticated());
    }

    @Test
    void read_affiliationsSharedAcrossAuthorsWithRor() {
        assertEquals(3, WORK.affiliations().size());
        assertEquals(List.of(1, 2), WORK.authors().get(0).affiliations());
        assertEquals(List.of(2), WORK.authors().get(1).affiliations());
        assertEquals(
                "Department of Sociology, Duke University",
                WORK.affiliations().get(1).institution());
        assertEquals(
                List.of(new Identifier(IdentifierScheme.ROR, "00py81415")),
                WORK.affiliations().get(1).identifiers());
        assertEquals(List.of("School of Business"), WORK.affiliations().get(2).units());
    }

    @Test
    void read_fundersOneFundingPerDistinctAward() {
        List<Funding> fundings = WORK.fundings();
        assertEquals(3, fundings.size());
        assertEquals("SES-1758475", fundings.get(0).grantNumber());
        assertEquals(
                List.of(new Identifier(IdentifierScheme.CROSSREF_FUNDER, "100000001")),
                fundings.get(0).funderIds());
        assertEquals("OISE-1545100", fundings.get(1).grantNumber());
        assertEquals("Hanyang University", fundings.get(2).funder());
        assertNull(fundings.get(2).grantNumber());
        assertEquals(List.of(), fundings.get(2).funderIds());
    }

    @Test
    void read_licensesWithVersionsAndTheVersionOfRecordsOne() {
        assertEquals(
                List.of(
                        new License(
                                "https://www.springernature.com/gp/researchers/text-and-data-mining",
                                "tdm",
                                "2019-03-05"),
                        new License("https://creativecommons.org/licenses/by/4.0", "vor", "2019-03-05")),
                WORK.licenses());
        assertEquals("https://creativecommons.org/licenses/by/4.0", WORK.license());
    }

    @Test
    void read_referencesStructuredTakenAsGiven() {
        List<Reference> refs = WORK.references();
        assertEquals(6, refs.size(), "the entry with only a key is left out");
        Reference doiAndFields = refs.get(0);
        assertEquals("42_CR1", doiAndFields.key());
        assertNull(doiAndFields.text());
        assertEquals("crossref", doiAndFields.doiAssertedBy());
        CitedWork work = doiAndFields.work();
        assertEquals("10.1007/s10551-014-2373-7", work.doi());
        assertEquals(WorkType.JOURNAL_ARTICLE, work.type());
        assertEquals("J Bus Ethics", work.containerTitle());
        assertEquals(List.of(PersonName.person("Gereffi", "G")), work.authors());
        assertEquals("2016", work.issued());
        assertEquals("25", work.page().first());
        Reference book = refs.get(3);
        assertEquals(WorkType.BOOK, book.work().type());
        assertEquals("Global value chains and development", book.work().title());
        assertEquals("9781467312349", book.work().isbn());
        assertEquals("2018", book.work().issued());
        assertEquals("a", book.work().yearSuffix());
        assertEquals("1", book.work().edition());
    }

    @Test
    void read_referenceTextKeptBesideItsFields() {
        Reference both = WORK.references().get(4);
        assertTrue(both.text().startsWith("Humphrey, J., & Schmitz, H. (2002)"));
        assertEquals("0034-3404", both.work().issn());
        assertEquals("10.1080/0034340022000022198", both.work().doi());
        Reference textOnly = WORK.references().get(1);
        assertNull(textOnly.work());
    }

    @Test
    void read_whatItCannotReadIsLeftOutWithAWarning() {
        Reference odd = WORK.references().get(5);
        assertNull(odd.work().issn(), "1234-5678 has a wrong check digit");
        assertNull(odd.work().issued(), "'in press' is no year");
        assertEquals(List.of(), odd.work().authors());
        String warnings = String.join("\n", READING.warnings());
        assertTrue(warnings.contains("reference 7 (42_CR7) ISSN '1234-5678'"), warnings);
        assertTrue(warnings.contains("1 reference author name of no recognised shape"), warnings);
        assertTrue(warnings.contains("reference 6 (42_CR6) has neither text nor fields"), warnings);
    }

    @Test
    void read_referenceAuthorsSplitOnlyInKnownShapes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("w.json"),
                "{\"DOI\": \"10.5555/x\", \"type\": \"journal-article\","
                        + " \"title\": [\"X\"], \"reference\": [{\"key\": \"a\", \"author\": \"de Vries P\", \"year\": \"2001\"},"
                        + " {\"key\": \"b\", \"author\": \"J-T van der Berg\"}, {\"key\": \"c\", \"author\": \"Maria Gomez Ruiz\", \"year\": \"1999\"}]}");
        List<Reference> refs = Records.only(file).article().references();
        assertEquals(
                List.of(PersonName.person("de Vries", "P")), refs.get(0).work().authors());
        assertEquals(
                List.of(PersonName.person("van der Berg", "J-T")),
                refs.get(1).work().authors());
        assertEquals(
                List.of(),
                refs.get(2).work().authors(),
                "three words, no initials: which is the family name is not said");
    }

    @Test
    void read_workListOfChapterPaperAndPreprint() {
        List<InputRecord> records =
                Records.walk(Records.fixture("work-list.json").toString());
        assertEquals(
                List.of("item 1", "item 2", "item 3"),
                records.stream().map(InputRecord::position).toList());
        Article chapter = records.get(0).read().article();
        assertEquals(WorkType.CHAPTER, chapter.type());
        assertEquals("Lecture Notes in Computer Science", chapter.book().title());
        assertEquals(List.of("9783030584528", "9783540301936"), chapter.book().isbns());
        assertEquals(
                List.of(PersonName.person("Hall", "Mark"), PersonName.person("Merčun", "Tanja")),
                chapter.book().editors());
        Article paper = records.get(1).read().article();
        assertEquals(WorkType.CONFERENCE_PAPER, paper.type());
        assertEquals("2021 ACM/IEEE Joint Conference on Digital Libraries (JCDL)", paper.event());
        assertEquals("2021-09", paper.issued());
        Reading preprint = records.get(2).read();
        assertEquals(WorkType.PREPRINT, preprint.article().type());
        assertNull(preprint.article().issued(), "[[null]] is no date");
        assertEquals(1, preprint.article().authors().size(), "a given name alone is no author");
        assertTrue(String.join(" ", preprint.warnings()).contains("'Lena' has a given name and no family name"));
    }

    @Test
    void read_containerTypeRefusedNamingIt() {
        List<InputRecord> records = Records.walk(Records.fixture("works.jsonl").toString());
        InputException e =
                assertThrows(InputException.class, () -> records.get(1).read());
        assertEquals(
                "src/test/resources/crossref/works.jsonl: line 2: DOI 10.5555/line.2: type 'journal-issue'"
                        + " describes a journal issue, not a work with authors and references",
                e.getMessage());
    }
}
