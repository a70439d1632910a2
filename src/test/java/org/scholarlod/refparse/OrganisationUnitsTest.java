package org.scholarlod.refparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrganisationUnitsTest {
    @Test
    void settle_aUnitOpeningTheTitleIsTheOrganisations() {
        assertEquals(
                "«Ministério da Saude (BR), Secretaria de Vigilância, Departamento de Análise|author». «Manual "
                        + "para investigação|title». «2009|issued»",
                settled("«Ministério da Saude (BR), Secretaria de Vigilância|author», «Departamento de Análise. Manual "
                        + "para investigação|title». «2009|issued»"));
    }

    @Test
    void settle_aTitleAfterAPersonOrWithNoSecondSentenceStays() {
        String person = "«Silva JA|author», «Departamento de Análise. Manual|title». «2009|issued»";
        assertEquals(person, settled(person), "after a person");
        String whole = "«Ministério da Educação|author», «Universidade para todos|title». «2005|issued»";
        assertEquals(whole, settled(whole), "a title of one sentence");
    }

    private static String settled(String marked) {
        return MarkedText.after(marked, OrganisationUnits::settle);
    }
}
