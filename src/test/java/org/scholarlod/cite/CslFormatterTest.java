package org.scholarlod.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.WorkType;

/**
 * One reference per family of styles, each the example its style's guide publishes, with the expected string
 * copied from that guide: where the guide's entry differs, the difference is named.
 */
class CslFormatterTest {
    /** APA Style, "Journal article references", example 1 (apastyle.apa.org, 7th edition). */
    private static final CitedWork GRADY = CitedWork.builder(WorkType.JOURNAL_ARTICLE)
            .authors(List.of(
                    PersonName.person("Grady", "J. S."),
                    PersonName.person("Her", "M."),
                    PersonName.person("Moreno", "G."),
                    PersonName.person("Perez", "C."),
                    PersonName.person("Yelinek", "J.")))
            .issued("2019")
            .title("Emotions in storybooks: A comparison of storybooks that represent ethnic and racial groups in the"
                    + " United States")
            .containerTitle("Psychology of Popular Media Culture")
            .volume("8")
            .issue("3")
            .page(PageRange.parse("207-217"))
            .doi("10.1037/ppm0000185")
            .build();
    /** IEEE Reference Guide, periodicals: the example of a journal article. */
    private static final CitedWork LIU = CitedWork.builder(WorkType.JOURNAL_ARTICLE)
            .authors(List.of(
                    PersonName.person("Liu", "G."),
                    PersonName.person("Lee", "K. Y."),
                    PersonName.person("Jordan", "H. F.")))
            .issued("1997-06")
            .title("TDM and TWDM de Bruijn networks and shufflenets for optical communications")
            .containerTitle("IEEE Trans. Comp.")
            .volume("46")
            .issue("6")
            .page(PageRange.parse("695-701"))
            .build();
    /** The Chicago Manual of Style, notes and bibliography quick guide: a journal article. */
    private static final CitedWork KENG = CitedWork.builder(WorkType.JOURNAL_ARTICLE)
            .authors(List.of(
                    PersonName.person("Keng", "Shao-Hsun"),
                    PersonName.person("Lin", "Chun-Hung"),
                    PersonName.person("Orazem", "Peter F.")))
            .issued("2017")
            .title("Expanding College Access in Taiwan, 1978–2014: Effects on Graduate Quality and Income Inequality")
            .containerTitle("Journal of Human Capital")
            .volume("11")
            .issue("1")
            .page(PageRange.parse("1-34"))
            .doi("10.1086/690235")
            .build();

    @Test
    void entry_authorDate_isApasOwnExample() {
        assertEquals(
                "Grady, J. S., Her, M., Moreno, G., Perez, C., & Yelinek, J. (2019). Emotions in storybooks: A"
                        + " comparison of storybooks that represent ethnic and racial groups in the United States."
                        + " Psychology of Popular Media Culture, 8(3), 207–217. https://doi.org/10.1037/ppm0000185",
                CslFormatter.entry(GRADY, CslStyle.APA).orElseThrow());
    }

    @Test
    void entry_numeric_isIeeesOwnExample() {
        assertEquals(
                "[1] G. Liu, K. Y. Lee, and H. F. Jordan, “TDM and TWDM de Bruijn networks and shufflenets for"
                        + " optical communications,” IEEE Trans. Comp., vol. 46, no. 6, pp. 695–701, Jun. 1997.",
                CslFormatter.entry(LIU, CslStyle.of("ieee", null)).orElseThrow());
    }

    /** The guide's entry has "(Spring 2017)": we hold no season, so the year stands alone. */
    @Test
    void entry_note_isChicagosOwnExampleWithoutTheSeason() {
        assertEquals(
                "Keng, Shao-Hsun, Chun-Hung Lin, and Peter F. Orazem. “Expanding College Access in Taiwan,"
                        + " 1978–2014: Effects on Graduate Quality and Income Inequality.” Journal of Human Capital 11,"
                        + " no. 1 (2017): 1–34. https://doi.org/10.1086/690235.",
                CslFormatter.entry(KENG, CslStyle.of("chicago-notes-bibliography", null))
                        .orElseThrow());
    }

    @Test
    void bibliography_followsTheStylesOrderAndNumbering() {
        List<String> apa = CslFormatter.bibliography(List.of(LIU, GRADY, KENG), CslStyle.APA);
        assertEquals(
                List.of("Grady", "Keng", "Liu"),
                apa.stream().map(e -> e.substring(0, e.indexOf(','))).toList());
        List<String> ieee = CslFormatter.bibliography(List.of(LIU, GRADY, KENG), CslStyle.of("ieee", null));
        assertEquals(
                List.of("[1] G. Liu", "[2] J. S. Grady", "[3] S.-H. Keng"),
                ieee.stream().map(e -> e.substring(0, e.indexOf(','))).toList());
    }

    @Test
    void entry_inAnotherLocale_usesItsTerms() {
        CitedWork undated = CitedWork.builder(WorkType.JOURNAL_ARTICLE)
                .authors(List.of(PersonName.person("Grady", "J. S.")))
                .title("Emotions in storybooks")
                .build();
        assertEquals(
                "Grady, J. S. (n.d.). Emotions in storybooks.",
                CslFormatter.entry(undated, CslStyle.APA).orElseThrow());
        assertEquals(
                "Grady, J. S. (o.\u00a0J.). Emotions in storybooks.", // the German locale joins "o. J." with a no-break
                // space
                CslFormatter.entry(undated, CslStyle.of("apa", "de-DE")).orElseThrow());
    }

    /** A dependent style is a journal's name for another style: Nature Neuroscience's is Nature's. */
    @Test
    void entry_dependentStyle_isItsParentsFormat() {
        assertEquals(
                CslFormatter.entry(GRADY, CslStyle.of("nature", null)).orElseThrow(),
                CslFormatter.entry(GRADY, CslStyle.of("nature-neuroscience", null))
                        .orElseThrow());
    }

    /** Chicago's notes and bibliography lists no work of CSL's generic type document: an honest nothing. */
    @Test
    void entry_aWorkTheStyleDoesNotList_isEmpty() {
        CitedWork document = CitedWork.builder(WorkType.OTHER)
                .authors(List.of(PersonName.person("Liang", "Z. T.")))
                .issued("2006")
                .title("Plenary talk")
                .build();
        assertEquals(
                java.util.Optional.empty(),
                CslFormatter.entry(document, CslStyle.of("chicago-notes-bibliography", null)));
        assertTrue(CslFormatter.entry(document, CslStyle.APA).isPresent());
        assertEquals(
                List.of(),
                CslFormatter.bibliography(List.of(document), CslStyle.of("chicago-notes-bibliography", null)));
    }

    @Test
    void of_normalisesTheLocalesCase() {
        assertEquals(new CslStyle("apa", "en-GB"), CslStyle.of("APA", "EN-gb"));
        assertEquals(CslStyle.APA, CslStyle.of(null, " "));
    }

    @Test
    void of_unknownStyleOrLocale_isRefusedNamingIt() {
        assertEquals(
                "unknown citation style 'no-such-style': give the id of a CSL style, such as apa, ieee, nature or"
                        + " chicago-author-date",
                assertThrows(IllegalArgumentException.class, () -> CslStyle.of("no-such-style", null))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> CslStyle.of("../../META-INF/MANIFEST", null));
        assertEquals(
                "unknown citation locale 'xx-YY': give a CSL locale, such as en-US, en-GB, de-DE or fr-FR",
                assertThrows(IllegalArgumentException.class, () -> CslStyle.of("apa", "xx-yy"))
                        .getMessage());
    }
}
