package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JournalInVolumeTest {
    @Test
    void settle_anAcronymBeforeTheVolumesNumberIsTheJournal() {
        assertEquals(
                "«ALICE collaboration|publisher», «The ALICE experiment|title», «2008|issued» «JINST|container-title» "
                        + "«3|volume» «S08002|page».",
                settled("«ALICE collaboration|publisher», «The ALICE experiment|title», «2008|issued» «JINST 3|volume» "
                        + "«S08002|page»."));
        String marked = "«Smith J|author» «2001|issued» «Vol. 3|volume», «5-9|page».";
        assertEquals(marked, settled(marked), "a volume's word stays the volume's");
        String issue = "«Smith J|author» «2001|issued» «Heft 3|volume», «5-9|page».";
        assertEquals(issue, settled(issue), "so does an issue's");
        String roman = "«Smith J|author» «2001|issued» «XIV 3|volume», «5-9|page».";
        assertEquals(roman, settled(roman), "so does a roman number");
        String isbn = "«Minty M|author», «Beams|title», «Springer|publisher», «ISBN 978|volume»-3-540 «2003|issued»";
        assertEquals(isbn, settled(isbn), "and an identifier's name");
    }

    @Test
    void settle_anAcronymReadAsAVolumeBeforeTheNumberedOneIsTheJournal() {
        assertEquals(
                "«Amadou, N., et al.|author» «2013|issued», «HEDP|container-title», «9|volume», «243|page»",
                settled("«Amadou, N., et al.|author» «2013|issued», «HEDP|volume», «9|volume», «243|page»"));
        String alone = "«Amadou, N.|author» «2013|issued», «HEDP|volume», «243|page»";
        assertEquals(alone, settled(alone), "with no numbered volume after it, the model's reading stands");
    }

    @Test
    void settle_aNameBetweenTheYearAndTheVolumeIsTheJournal() {
        assertEquals(
                "«Beg, F. N., et al.|author» «1997|issued», «PhPl|container-title», «4|volume», «447|page»",
                settled("«Beg, F. N., et al.|author» «1997|issued», PhPl, «4|volume», «447|page»"));
        String lower = "«Beg, F. N.|author» «1997|issued», vol, «4|volume», «447|page»";
        assertEquals(lower, settled(lower));
        String journal = "«Beg, F. N.|author» «1997|issued», PhPl, «Phys. Plasmas|container-title» «4|volume»";
        assertEquals(journal, settled(journal), "beside a journal, the model's reading stands");
    }

    @Test
    void settle_aNumberEndingTheJournalIsItsVolumeWhenThereIsNone() {
        assertEquals(
                "«Quantum Geometry|title».«JHEP|container-title» «1211|volume» ,«019|page» ( «2012|issued»)",
                settled("«Quantum Geometry|title».«JHEP 1211|container-title» ,«019|page» ( «2012|issued»)"));
        String year = "«Quantum Geometry|title». «Proc. SPIE 2012|container-title», «019|page» («2012|issued»)";
        assertEquals(year, settled(year), "the reference's year stays the journal's");
        String noYear = "«Robinson E|author»: «Trial|title». «BMJ 2003|container-title», «326|page»";
        assertEquals(noYear, settled(noYear), "so does a year where the model found none");
        String volume = "«Title|title». «Acta 12|container-title» «3|volume», «019|page» («2012|issued»)";
        assertEquals(volume, settled(volume), "beside a volume, the model's reading stands");
    }

    @Test
    void settle_wordsOpeningAVolumeThatTouchesTheJournalAreTheJournals() {
        assertEquals(
                "«Title|title». «Proc Natl Acad Sci USA|container-title» «104|volume»(«2|issue»):«663-668|page»",
                settled(
                        "«Title|title». «Proc Natl Acad Sci|container-title» «USA 104|volume»(«2|issue»):«663-668|page»"));
        String glued = "«Title|title», «PoS|container-title» «LATTICE2015|volume», «075|page»";
        assertEquals(glued, settled(glued), "glued to the number, they are the volume's own");
        String series = "«Title|title». «Phys. Rev.|container-title» «B 94|volume», «075|page»";
        assertEquals(series, settled(series), "so is a series' letter");
    }

    private static String settled(String marked) {
        return MarkedText.after(marked, JournalInVolume::settle);
    }
}
