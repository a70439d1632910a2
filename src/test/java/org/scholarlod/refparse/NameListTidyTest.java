package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.PersonName;

class NameListTidyTest {
    @Test
    void tidy_initialsReadAsAFamilyInCapitalsAreTurnedRound() {
        assertEquals(
                List.of(PersonName.person("COOPER", "NP"), PersonName.person("RECIO-SPINOSO", "A")),
                NameListTidy.tidy(List.of(PersonName.person("NP", "COOPER"), PersonName.person("A", "RECIO-SPINOSO"))));
        List<PersonName> same = List.of(PersonName.person("WEN", "LI"), PersonName.person("Smith", "JP"));
        assertEquals(same, NameListTidy.tidy(same), "a short given name, or a family not in capitals, stays");
    }

    @Test
    void tidy_aParticleAfterInitialsJoinsThem() {
        assertEquals(
                List.of(PersonName.person("Silva", "A. L. da"), PersonName.person("Zyl", "L. van")),
                NameListTidy.tidy(List.of(
                        PersonName.person("Silva", "A. L."),
                        PersonName.person("da", null),
                        PersonName.person("Zyl", "L."),
                        PersonName.person("van", null))));
    }

    @Test
    void tidy_aParticleBetweenInitialsJoinsThem() {
        assertEquals(
                List.of(PersonName.person("Carvalho", "C. da C."), PersonName.person("Nozu", "C. S.")),
                NameListTidy.tidy(List.of(
                        PersonName.person("Carvalho", "C."),
                        PersonName.person("da", "C."),
                        PersonName.person("Nozu", "C. S."))));
        List<PersonName> written = List.of(PersonName.person("Melo", "Carla"), PersonName.person("de", "H."));
        assertEquals(written, NameListTidy.tidy(written), "only initials on both sides");
    }

    @Test
    void tidy_aSuffixEndingTheFamilyNameIsTheSuffix() {
        assertEquals(
                List.of(PersonName.person("Scarpare", "J. A.", "Filho"), PersonName.person("Pedro", "M. J.", "Júnior")),
                NameListTidy.tidy(List.of(
                        PersonName.person("Scarpare Filho", "J. A."), PersonName.person("Pedro Júnior", "M. J."))));
        assertEquals(
                List.of(PersonName.person("Drago", "JR")),
                NameListTidy.tidy(List.of(PersonName.person("Drago", null, "JR"))),
                "in capitals with no given name, JR is two initials");
        List<PersonName> kept = List.of(PersonName.person("Neto", "A."), PersonName.person("van Neto", "B."));
        assertEquals(List.of(kept.get(0), PersonName.person("van", "B.", "Neto")), NameListTidy.tidy(kept));
    }

    @Test
    void writtenOut_aFamilyNameInCapitalsBeforeGivenNamesIsOneName() {
        assertEquals(
                PersonName.person("MARQUES", "Vera Regina Beltrão"),
                NameListTidy.writtenOut("MARQUES, Vera Regina Beltrão."));
        assertEquals(
                PersonName.person("FONSECA", "Maria Rachel Fróes da"),
                NameListTidy.writtenOut("FONSECA, Maria Rachel Fróes da"));
        assertEquals(null, NameListTidy.writtenOut("MARQUES, V. R. B."));
        assertEquals(null, NameListTidy.writtenOut("Marques, Vera Regina"));
        assertEquals(null, NameListTidy.writtenOut("CHOMSKY, Noam, Eli Cortez"));
    }

    @Test
    void tidy_organisationsOneAfterTheOtherAreSeveral() {
        assertEquals(
                List.of(
                        PersonName.organisation("Ministério da Saúde"),
                        PersonName.organisation("Instituto Nacional de Câncer")),
                NameListTidy.tidy(
                        List.of(PersonName.organisation("Ministério da Saúde. Instituto Nacional de Câncer"))));
        PersonName group = PersonName.organisation("U.S. Department of Health and Human Services");
        assertEquals(List.of(group), NameListTidy.tidy(List.of(group)));
    }
}
