package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A training rendering with its volume, issue and page written as journals in another language write them
 * ("v. 44, n. 6, p. 436-464", "Bd. 12, H. 3, S. 5–9"), since the CSL styles render these markers in English
 * only. The fields keep their text; only the words and brackets between them change.
 */
final class LocalisedMarkers {
    /** The markers of one language, for volume, issue and page, in that order. */
    private record Markers(String volume, String issue, String page) {}

    private static final List<Markers> LANGUAGES = List.of(
            new Markers("v.", "n.", "p."),
            new Markers("v.", "n.", "p."),
            new Markers("vol.", "núm.", "pp."),
            new Markers("vol.", "n.º", "p."),
            new Markers("Bd.", "H.", "S."),
            new Markers("Jg.", "Nr.", "S."),
            new Markers("vol.", "n°", "p."));

    /** The text between two fields: a leading close bracket, separators, and a marker or an open bracket. */
    private static final Pattern BETWEEN = Pattern.compile(
            "(?<close>\\)?)\\s*(?<sep>[.,;:]?)\\s*(?:(?:vols?|volume|nos?|nr|issue|number|pp?|pages?|с|т|№)\\.?\\s*|\\(\\s*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, Integer> FIELDS = Map.of("volume", 0, "issue", 1, "page", 2);

    private LocalisedMarkers() {}

    /** The rendering with localised markers, or the rendering itself when its text between fields is unusual. */
    static CslRenderer.Rendering localise(CslRenderer.Rendering rendering, Random random) {
        Markers markers = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        List<TeiCorpus.Segment> segments = new ArrayList<>(rendering.segments());
        boolean changed = false;
        boolean opened = false;
        for (int i = 1; i < segments.size(); i++) {
            Integer field = FIELDS.get(segments.get(i).label());
            TeiCorpus.Segment before = segments.get(i - 1);
            if (field == null || !before.label().equals("other")) {
                continue;
            }
            Matcher between = BETWEEN.matcher(before.text());
            if (!between.matches() || (!between.group("close").isEmpty() && !opened)) {
                return rendering;
            }
            opened = before.text().strip().endsWith("(");
            String sep = between.group("sep").equals(".") ? "." : ",";
            String marker =
                    List.of(markers.volume(), markers.issue(), markers.page()).get(field);
            segments.set(i - 1, new TeiCorpus.Segment(sep + " " + marker + " ", "other"));
            changed = true;
            if (opened) {
                opened = closeAfter(segments, i);
                if (opened) {
                    return rendering;
                }
            }
        }
        if (!changed) {
            return rendering;
        }
        StringBuilder text = new StringBuilder();
        segments.forEach(segment -> text.append(segment.text()));
        return new CslRenderer.Rendering(
                rendering.style(), ReferenceText.tidy(text.toString()), segments, rendering.shown());
    }

    /** Drops the close bracket after field {@code i}; true when there was none to drop. */
    private static boolean closeAfter(List<TeiCorpus.Segment> segments, int i) {
        if (i + 1 >= segments.size() || !segments.get(i + 1).label().equals("other")) {
            return true;
        }
        String after = segments.get(i + 1).text();
        if (!after.startsWith(")")) {
            return true;
        }
        segments.set(i + 1, new TeiCorpus.Segment(after.substring(1), "other"));
        return false;
    }
}
