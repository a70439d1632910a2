package org.scholarlod.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.WorkType;

class NameSuffixTest {
    private static final CitedWork WORK = CitedWork.builder(WorkType.JOURNAL_ARTICLE)
            .title("Letter from Birmingham Jail")
            .authors(List.of(PersonName.person("King", "M. L.", "Jr."), PersonName.person("Pedro", "M. J.", "Júnior")))
            .build();

    @Test
    void display_putsTheSuffixLast() {
        assertEquals("M. L. King Jr.", WORK.authors().get(0).display());
        assertEquals("King", WORK.authors().get(0).family());
    }

    @Test
    void cslJson_hasTheSuffixField() {
        ObjectNode item = CslJson.item(new ObjectMapper(), "1", WORK);
        assertEquals("Jr.", item.path("author").get(0).path("suffix").asText());
        assertEquals("King", item.path("author").get(0).path("family").asText());
        assertEquals(
                "King, M. L., Jr.; Pedro, M. J., Júnior", CslJson.fields(item).get("author"));
    }

    @Test
    void bibtexAndRis_writeTheirOwnSuffixForms() {
        assertTrue(new BibTex().entry(WORK).contains("author = {King, Jr., M. L. and Pedro, Júnior, M. J.}"));
        String ris = Ris.record(WORK);
        assertTrue(ris.contains("AU  - King, M. L., Jr.\n"), ris);
        assertTrue(ris.contains("AU  - Pedro, M. J., Júnior\n"), ris);
    }

    @Test
    void personName_anOrganisationHasNoSuffix() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new PersonName(null, null, "Jr.", "World Health Organization"));
        assertEquals("an organisation's name 'World Health Organization' has no suffix: Jr.", e.getMessage());
    }
}
