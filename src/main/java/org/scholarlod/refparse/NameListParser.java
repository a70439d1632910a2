package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.scholarlod.model.PersonName;

/**
 * Reads the name lists of references: "Family, I. I., Family, I., & Family, I." (inverted, as author lists in
 * APA and Harvard) and "I. I. Family, I. Family & I. Family" (given names first, as editors after "In").
 * A name with no initials is an organisation ("European Commission", "ILO").
 */
final class NameListParser {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*,\\s*&\\s*|\\s*&\\s*|\\s*,\\s*|\\s+and\\s+");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\p{Ll}?\\.(?:\\s*-\\s*|\\s*)?)+");
    private static final Pattern LEADING_INITIALS = Pattern.compile("^((?:\\p{Lu}\\p{Ll}?\\.(?:\\s*-\\s*|\\s+)?)+)\\s*(.+)$");
    private static final Pattern INVERTED_START = Pattern.compile("^(?:\\p{Ll}{1,4}\\s){0,2}\\p{Lu}[\\p{L}'’ -]{1,40}?,\\s*\\p{Lu}\\p{Ll}?\\.");
    private static final Pattern VANCOUVER_NAME = Pattern.compile("^([\\p{L}'’ -]+?)\\s+(\\p{Lu}{1,3})$");
    private static final Pattern VANCOUVER = Pattern.compile("^[\\p{L}'’ -]+?\\s+\\p{Lu}{1,3}(?:\\s*,\\s*[\\p{L}'’ -]+?\\s+\\p{Lu}{1,3})*"
            + "(?:\\s*,?\\s*et al\\.?)?\\.?$");
    private static final Pattern ET_AL = Pattern.compile("(?i)et\\.?\\s*al\\.?");

    private NameListParser() {}

    /** "Altenburg, T., & Meyer-Stamer, J." → [Altenburg T., Meyer-Stamer J.]. */
    static List<PersonName> inverted(String text) {
        List<PersonName> names = new ArrayList<>();
        String[] parts = SEPARATORS.split(trimEnd(text));
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty() || ET_AL.matcher(part).matches()) {
                continue;
            }
            if (i + 1 < parts.length && INITIALS.matcher(parts[i + 1].strip()).matches()) {
                names.add(PersonName.person(part, parts[i + 1].strip()));
                i++;
            } else {
                names.add(PersonName.organisation(part));
            }
        }
        return names;
    }

    /** "G. Gereffi & M. Korzeniewicz" → [Gereffi G., Korzeniewicz M.]. */
    static List<PersonName> givenFirst(String text) {
        List<PersonName> names = new ArrayList<>();
        for (String part : SEPARATORS.split(trimEnd(text))) {
            String name = part.strip();
            if (name.isEmpty() || ET_AL.matcher(name).matches()) {
                continue;
            }
            java.util.regex.Matcher m = LEADING_INITIALS.matcher(name);
            names.add(m.matches() ? PersonName.person(m.group(2).strip(), m.group(1).strip())
                    : PersonName.organisation(name));
        }
        return names;
    }

    /**
     * Names in whichever order the list uses: inverted ("Smith, J."), given names first ("J. Smith"), or
     * Vancouver ("Smith JA").
     */
    static List<PersonName> any(String text) {
        String t = text.strip();
        if (INVERTED_START.matcher(t).find()) {
            return inverted(t);
        }
        if (t.length() < 300 && VANCOUVER.matcher(t).matches()) {
            List<PersonName> names = new ArrayList<>();
            for (String part : SEPARATORS.split(t)) {
                java.util.regex.Matcher m = VANCOUVER_NAME.matcher(part.strip());
                if (m.matches()) {
                    names.add(PersonName.person(m.group(1), m.group(2)));
                } else if (!part.isBlank() && !ET_AL.matcher(part.strip()).matches()) {
                    names.add(PersonName.organisation(part.strip()));
                }
            }
            return names;
        }
        return givenFirst(t);
    }

    /** Drops a final full stop that ends a word ("European Commission."), not one that ends an initial. */
    private static String trimEnd(String text) {
        String t = text.strip();
        if (t.endsWith(".") && t.length() > 2 && Character.isLowerCase(t.charAt(t.length() - 2))
                || t.matches(".*\\p{Lu}{2,}\\.$")) {
            return t.substring(0, t.length() - 1);
        }
        return t;
    }
}
