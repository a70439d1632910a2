package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;

class EditionStatementTest {
    @Test
    void take_anEditionReadAsTheTitleMakesTheContainerBeforeItTheTitle() {
        int[] labels = MarkedText.labels("«Jackson JD|author», «Classical Electrodynamics|container-title», «3rd "
                + "edn|title». («Wiley|publisher», «1998|issued»).");
        String text = "Jackson JD, Classical Electrodynamics, 3rd edn. (Wiley, 1998).";
        assertEquals("3", EditionStatement.take(Token.split(text), labels));
        assertEquals(
                "«Jackson JD|author», «Classical Electrodynamics|title», 3rd edn. («Wiley|publisher», «1998|issued»).",
                MarkedText.marked(text, labels));
    }

    @Test
    void take_anEditionReadAsTheContainerIsNoField() {
        String marked =
                "«Williams DB|author», «Transmission Electron Microscopy|title» («SecondEdition )|container-title»"
                        + "(«Springer|publisher», «2009|issued»)";
        int[] labels = MarkedText.labels(marked);
        assertEquals("2", EditionStatement.take(Token.split(MarkedText.text(marked)), labels));
        assertEquals(
                "«Williams DB|author», «Transmission Electron Microscopy|title» (SecondEdition )(«Springer|publisher», "
                        + "«2009|issued»)",
                MarkedText.marked(MarkedText.text(marked), labels));
    }

    @Test
    void take_aTitleThatOnlyStartsWithAnEditionsWordsStays() {
        String marked =
                "«Smith J|author», «Handbook|container-title», «Second edition of the rules|title». «1998|issued»";
        int[] labels = MarkedText.labels(marked);
        assertNull(EditionStatement.take(Token.split(MarkedText.text(marked)), labels));
        assertEquals(marked, MarkedText.marked(MarkedText.text(marked), labels));
    }

    @Test
    void parse_aBookWithItsEditionAfterTheTitle() {
        CitedWork book =
                new ReferenceParser().parse("J. D. Jackson, Classical Electrodynamics, 3rd edn. (Wiley, 1998).");
        assertEquals("Classical Electrodynamics", book.title());
        assertNull(book.containerTitle());
        assertEquals("3", book.edition());
        assertEquals("Wiley", book.publisher());
    }
}
