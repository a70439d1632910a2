package org.scholarlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scholarlod.cite.CslFormatter;
import org.scholarlod.cite.CslStyle;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.WorkType;

class StylePickerTest {
    @Test
    void options_everyOfferedStyleFormats() {
        CitedWork work = CitedWork.builder(WorkType.JOURNAL_ARTICLE)
                .authors(List.of(PersonName.person("Lee", "Joonkoo")))
                .issued("2016")
                .title("A title")
                .build();
        for (Map<String, Object> option : StylePicker.options(CslStyle.APA)) {
            String id = (String) option.get("id");
            assertTrue(
                    CslFormatter.entry(work, CslStyle.of(id, null))
                            .orElseThrow()
                            .contains("Lee"),
                    id);
        }
    }

    @Test
    void options_addTheStyleAskedForAndSelectIt() {
        List<Map<String, Object>> options = StylePicker.options(CslStyle.of("nature-neuroscience", null));
        assertEquals("nature-neuroscience", options.get(0).get("id"));
        assertEquals(
                List.of("nature-neuroscience"),
                options.stream()
                        .filter(o -> (Boolean) o.get("selected"))
                        .map(o -> o.get("id"))
                        .toList());
    }

    @Test
    void query_namesOnlyWhatDiffersFromTheDefault() {
        assertEquals("", StylePicker.query(CslStyle.APA));
        assertEquals("?style=ieee", StylePicker.query(CslStyle.of("ieee", "en-US")));
        assertEquals("?style=apa&locale=de-DE", StylePicker.query(CslStyle.of("apa", "de-DE")));
    }
}
