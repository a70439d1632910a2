package org.scholarlod.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.Author;
import org.scholarlod.model.PersonName;

/**
 * The editors of a chapter's book, from the "Editors and Affiliations" list or from the "In: Meyer, A., Rossi,
 * C. (eds) Book" of Springer's own citation, where names are family name and initials.
 */
final class EditorNames {
    private static final Pattern AFTER_EDS = Pattern.compile("\\(eds?\\.?\\)\\s+(.+)");
    private static final Pattern IN_EDS = Pattern.compile("\\bIn:\\s+(.{1,400}?)\\s+\\(eds?\\.?\\)");
    private static final Pattern FAMILY_INITIALS = Pattern.compile(
            "\\s*(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:van|von|de|der|den|del|di|da|du|la|le)\\s+\\p{Lu}[\\p{L}'’-]*|\\s+\\p{Lu}[\\p{L}'’-]+)*?)"
                    + ",?\\s+((?:\\p{Lu}[\\p{L}]?\\.\\s*-?\\s*)+)\\s*(?:,|&|\\band\\b|$)");

    private EditorNames() {}

    /** Editors named in the section's lines (names under numbered affiliations), in order. */
    static List<PersonName> fromSection(List<String> lines) {
        List<PersonName> editors = new ArrayList<>();
        for (String line : lines) {
            if (ReferenceListReader.numbered(line) != null) {
                continue;
            }
            for (Author person : AuthorNames.parse(line)) {
                PersonName name = PersonName.person(person.familyName(), person.givenName(), person.suffix());
                if (!editors.contains(name)) {
                    editors.add(name);
                }
            }
        }
        return editors;
    }

    /** Editors named in a citation's "In: … (eds)", or none when that part is missing or not a list of names. */
    static List<PersonName> fromCitation(String citation) {
        Matcher in = citation == null ? null : IN_EDS.matcher(citation);
        if (in == null || !in.find()) {
            return List.of();
        }
        String list = in.group(1);
        List<PersonName> editors = new ArrayList<>();
        Matcher name = FAMILY_INITIALS.matcher(list);
        int end = 0;
        while (end < list.length() && name.find(end) && name.start() == end) {
            editors.add(PersonName.person(
                    name.group(1).strip(), name.group(2).strip().replaceAll("\\s+", "")));
            end = name.end();
        }
        return end == list.length() ? editors : List.of();
    }

    /** The book title of a citation: what follows "(eds)" up to the series, or to the first full stop. */
    static String bookTitle(String citation, String series) {
        Matcher in = citation == null ? null : AFTER_EDS.matcher(citation);
        if (in == null || !in.find()) {
            return null;
        }
        String rest = in.group(1);
        int cut = series != null ? rest.indexOf(". " + series) : -1;
        if (cut < 0) {
            cut = rest.indexOf(". ");
        }
        return cut > 0 ? rest.substring(0, cut) : null;
    }
}
