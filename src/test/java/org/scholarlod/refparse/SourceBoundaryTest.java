package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.WorkType;

class SourceBoundaryTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void settle_aJournalNameWithACommaIsOneName() {
        CitedWork article = parser.parse("KADOTA, M. and NIIMI, Y., 2003. Effect of cytokinin types on shoot "
                + "proliferation. Plant Cell, Tissue and Organ Culture, vol. 72, no. 3, pp. 261-265.");
        assertEquals("Plant Cell, Tissue and Organ Culture", article.containerTitle());
        assertEquals("72", article.volume());
    }

    @Test
    void settle_aTitleRunningIntoTheVolumeGivesItsLastSentenceToTheJournal() {
        CitedWork article = parser.parse("WEHLING, Arno. O fomentismo português no final do século XVIII: doutrinas, "
                + "mecanismos, exemplificações. Revista do Instituto Histórico e Geográfico Brasileiro, v.316, "
                + "p.170-278. 1977.");
        assertEquals(
                "O fomentismo português no final do século XVIII: doutrinas, mecanismos, exemplificações",
                article.title());
        assertEquals("Revista do Instituto Histórico e Geográfico Brasileiro", article.containerTitle());
        assertEquals(WorkType.JOURNAL_ARTICLE, article.type());
        assertEquals(
                "«Alonso I|author». «Does infection imply a different prognosis?|title» «Gynecologic oncology"
                        + "|container-title». «2015|issued»;«138|volume»(«3|issue»):«539-45|page».",
                settled("«Alonso I|author». «Does infection imply a different prognosis? Gynecologic oncology|title»."
                        + " «2015|issued»;«138|volume»(«3|issue»):«539-45|page»."),
                "Vancouver: the journal between the title and '2015;'");
    }

    @Test
    void settle_aTitleWithoutNumbersAfterItKeepsItsSentences() {
        String marked = "«SEARLE, J. R.|author» «Mind, language and society. Philosophy in the real world|title», "
                + "«New York|publisher-place»: «Basic Books|publisher», «1998|issued».";
        assertEquals(marked, settled(marked));
    }

    @Test
    void settle_onlyTheFirstRunOfANameTakesTheNextOne() {
        String twoTitles = "«Smith J|author». «A study|title». «Proc. IEEE|container-title», «Kyoto|container-title».";
        assertEquals("«Smith J|author». «A study|title». «Proc. IEEE, Kyoto|container-title».", settled(twoTitles));
        String later = "«A|author». «Trees|title». «Forest|container-title». «Oak|title», «Elm|title».";
        assertEquals(later, settled(later));
    }

    @Test
    void settle_whatStandsBetweenThePlacesColonAndTheYearIsThePublisher() {
        assertEquals(
                "«BAKHTIN, M.|author» «Teoria do romance I|title». «São Paulo|publisher-place»: "
                        + "«Editora 34|publisher», «2015|issued».",
                settled("«BAKHTIN, M.|author» «Teoria do romance I|title». «São Paulo|publisher-place»: Editora "
                        + "«34|volume», «2015|issued»."));
        assertEquals(
                "«Discurso e imagem|title». «Belo Horizonte|publisher-place»: «Ed. UFMG|publisher», «2013|issued».",
                settled("«Discurso e imagem|title». «Belo Horizonte|publisher-place»: Ed. «UFMG|container-title», "
                        + "«2013|issued»."));
        String noYear = "«Title|title». «London|publisher-place»: «Penguin|publisher». «Vol. 2|collection-title».";
        assertEquals(noYear, settled(noYear));
    }

    @Test
    void settle_aPublisherAVolumeFollowsIsTheJournal() {
        assertEquals(
                "«Hjørland, B.|author» «Domain analysis|title». «Knowledge Organization|container-title», v. "
                        + "«44|volume», n. «6|issue», p. «436-464|page», «2017|issued».",
                settled("«Hjørland, B.|author» «Domain analysis|title». «Knowledge Organization|publisher», v. "
                        + "«44|volume», n. «6|issue», p. «436-464|page», «2017|issued»."));
        String book = "«Smith J|author». «Trees|title». «London|publisher-place»: «Penguin|publisher», vol. "
                + "«2|volume», p. «5|page».";
        assertEquals(book, settled(book));
        assertEquals(
                "«Omori, A. T.|author»; «Tetrahedron: Asymmetry|container-title» «2007|issued», «18|volume», "
                        + "«1048|page».",
                settled("«Omori, A. T.|author»; «Tetrahedron|publisher»: «Asymmetry|publisher» «2007|issued», "
                        + "«18|volume», «1048|page»."),
                "ACS: the year between, a colon inside the journal's name");
    }

    @Test
    void settle_aBooksSecondTitleIsItsSubtitle() {
        assertEquals(
                "«BAKHTIN, M.|author» «Teoria do romance II. As formas do tempo|title». «São Paulo|publisher-place»: "
                        + "«Editora 34|publisher», «2018|issued».",
                settled("«BAKHTIN, M.|author» «Teoria do romance II|title». «As formas do tempo|title». "
                        + "«São Paulo|publisher-place»: «Editora 34|publisher», «2018|issued»."));
        String chapter = "«Smith J|author». «Trees|title». In: «Oaks|title». «London|publisher-place»: "
                + "«Penguin|publisher», «2001|issued».";
        assertEquals(chapter, settled(chapter));
    }

    @Test
    void settle_abntWritesTheJournalsCityBeforeTheVolume() {
        assertEquals(
                "«Revista Letras|container-title», «Santa Maria|publisher-place», v. «14|volume», n. «1|issue».",
                settled("«Revista Letras, Santa Maria|container-title», v. «14|volume», n. «1|issue»."));
        String english = "«Plant Cell, Tissue and Organ Culture|container-title», vol. «35|volume».";
        assertEquals(english, settled(english));
    }

    private static String settled(String marked) {
        return MarkedText.after(marked, SourceBoundary::settle);
    }

    @Test
    void settle_abntsCityTheModelReadAsTheJournalIsThePlace() {
        CitedWork article = parser.parse("ALBUQUERQUE, J.A.; ALMEIDA, J.A. (2011) Atividades agrícolas de produção em "
                + "solos frágeis no sul do Brasil. Tópicos em Ciência do Solo, Viçosa, v. 7, p. 367-403.");
        assertEquals("Atividades agrícolas de produção em solos frágeis no sul do Brasil", article.title());
        assertEquals("Tópicos em Ciência do Solo", article.containerTitle());
        assertEquals("Viçosa", article.publisherPlace());
    }
}
