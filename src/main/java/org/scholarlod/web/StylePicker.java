package org.scholarlod.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scholarlod.cite.CslStyle;

/**
 * The citation styles a work's page offers beside "Cite as": widely used ones across the sciences and the
 * humanities, and whichever CSL style the reader asked for by {@code ?style=}.
 */
final class StylePicker {
    private static final Map<String, String> OFFERED = offered();

    private StylePicker() {}

    /** The options of the picker, the chosen style selected. */
    static List<Map<String, Object>> options(CslStyle chosen) {
        List<Map<String, Object>> options = new ArrayList<>();
        if (!OFFERED.containsKey(chosen.id())) {
            options.add(option(chosen.id(), chosen.id(), true));
        }
        OFFERED.forEach((id, name) -> options.add(option(id, name, id.equals(chosen.id()))));
        return options;
    }

    /** The query that asks for the chosen style, empty for the default. */
    static String query(CslStyle chosen) {
        if (chosen.equals(CslStyle.APA)) {
            return "";
        }
        return "?style=" + chosen.id()
                + (chosen.locale().equals(CslStyle.DEFAULT_LOCALE) ? "" : "&locale=" + chosen.locale());
    }

    private static Map<String, Object> option(String id, String name, boolean selected) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("id", id);
        option.put("name", name);
        option.put("selected", selected);
        return option;
    }

    private static Map<String, String> offered() {
        Map<String, String> styles = new LinkedHashMap<>();
        styles.put("apa", "APA");
        styles.put("american-chemical-society", "American Chemical Society");
        styles.put("american-medical-association", "American Medical Association");
        styles.put("chicago-author-date", "Chicago (author-date)");
        styles.put("chicago-notes-bibliography", "Chicago (notes and bibliography)");
        styles.put("elsevier-harvard", "Elsevier (Harvard)");
        styles.put("harvard-cite-them-right", "Harvard (Cite Them Right)");
        styles.put("ieee", "IEEE");
        styles.put("modern-language-association", "MLA");
        styles.put("nature", "Nature");
        styles.put("nlm-citation-sequence", "NLM (Vancouver, citation order)");
        styles.put("springer-basic-author-date", "Springer (author-date)");
        return Collections.unmodifiableMap(styles);
    }
}
