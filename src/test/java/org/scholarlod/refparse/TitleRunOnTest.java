package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class TitleRunOnTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void split_aTitleRunningIntoTheJournalGivesItsLastSentenceBack() {
        CitedWork article = parser.parse("Barrett TV, Freitas RA, Albuquerque MIC, Guerrero JCH (1996) Report on a "
                + "Collection of Lutzomyia Sand Flies (Diptera: Psychodidae) from the Middle Solimões (Amazonas, "
                + "Brazil). Memórias do Instituto Oswaldo Cruz 91: 27–35.");
        assertEquals(
                "Report on a Collection of Lutzomyia Sand Flies (Diptera: Psychodidae) from the Middle Solimões "
                        + "(Amazonas, Brazil)",
                article.title());
        assertEquals("Memórias do Instituto Oswaldo Cruz", article.containerTitle());
    }

    @Test
    void split_aTitleAndAJournalOnLinesOfTheirOwnStayApart() {
        CitedWork article = parser.parse("C. Culy\nNeue und interessante Dipteren aus dem kaiserl. Museum in Wien\n"
                + "Wiener Entomologische Zeitung 26, 233 (1907).");
        assertEquals("Neue und interessante Dipteren aus dem kaiserl. Museum in Wien", article.title());
        assertEquals("Wiener Entomologische Zeitung", article.containerTitle());
    }

    @Test
    void split_capitalisedWordsAfterAQuestionOpenTheJournal() {
        assertEquals(
                "«Kole MH|author»: «Is it lowest in the axon?|title» «Nat Neurosci|container-title» «2008|issued»",
                split("«Kole MH|author»: «Is it lowest in the axon? Nat|title» «Neurosci|container-title» "
                        + "«2008|issued»"));
        String sentence = "«Bouchard J|author»: «Which therapy? How much is enough|title» «Adv Chronic Kidney "
                + "Dis|container-title» «2008|issued»";
        assertEquals(sentence, split(sentence), "a sentence after the question stays the title's");
        String whole = "«Catalano PJ|author»: «What is it? Should we consider it?|title» «Curr Opin|container-title»";
        assertEquals(whole, split(whole), "a title ending in its question mark is whole");
    }

    @Test
    void split_aPdfBreakBetweenTitleAndJournalIsNoField() {
        assertEquals(
                "«Boyd NF|author»: «Mammographic density|title». «Breast \nCancer Res|container-title» «2009|issued»",
                split("«Boyd NF|author»: «Mammographic density. Breast|title» \n«Cancer Res|container-title» "
                        + "«2009|issued»"));
    }

    @Test
    void lowercaseHead_lowercaseWordsOpeningTheJournalEndTheTitle() {
        assertEquals(
                "«Microglia modulate sleep along the light/dark cycle|title» «Glia|container-title» «70|volume»",
                MarkedText.after(
                        "«Microglia modulate sleep along the light/dark|title» «cycle Glia|container-title» «70|volume»",
                        TitleRunOn::lowercaseHead));
        String apart = "«Microglia modulate sleep|title». «cycle Glia|container-title» «70|volume»";
        assertEquals(apart, MarkedText.after(apart, TitleRunOn::lowercaseHead), "a stop keeps them apart");
        String alone = "«Microglia modulate sleep|title» «ecancermedicalscience|container-title» «70|volume»";
        assertEquals(alone, MarkedText.after(alone, TitleRunOn::lowercaseHead), "a name all in lower case stays");
    }

    private static String split(String marked) {
        return MarkedText.after(marked, (tokens, labels) -> TitleRunOn.split(MarkedText.text(marked), tokens, labels));
    }
}
