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
    private static final Pattern SEPARATORS =
            Pattern.compile("\\s*,\\s*(?:&|and|e|y)\\s+|\\s*&\\s*|\\s*,\\s*|\\s+and\\s+");
    /** "Latour, Bruno, and Steve Woolgar": Chicago inverts the first name only. */
    private static final Pattern CHICAGO = Pattern.compile(
            "^(?<family>[^,\\s]+(?:\\s[^,\\s]+)?),\\s*(?<given>\\p{Lu}[\\p{L}.'’ -]{0,40}?)(?:,?\\s+(?:and|&)\\s+|,\\s+)(?<rest>\\p{Lu}\\p{Ll}.*)$");

    private static final Pattern GIVEN_NAMES = Pattern.compile("(?:\\p{Lu}[\\p{Ll}'’-]*\\.?\\s?){1,4}");
    private static final Pattern INITIALS =
            Pattern.compile("(?:\\p{Lu}\\p{Ll}?\\.(?:\\s*-\\s*|\\s*)?)*\\p{Lu}\\p{Ll}?\\.?");
    /** "Merton, Robert K.": one name, inverted, given names written out. */
    private static final Pattern SINGLE_INVERTED = Pattern.compile(
            "^((?:\\p{Ll}{1,4}\\s){0,2}\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?),\\s*((?:\\p{Lu}[\\p{Ll}'’-]*\\.?\\s?){1,4})$");

    private static final Pattern LEADING_INITIALS =
            Pattern.compile("^((?:\\p{Lu}\\p{Ll}?\\.(?:\\s*-\\s*|\\s+)?)+)\\s*(.+)$");
    private static final Pattern INVERTED_START =
            Pattern.compile("^(?:\\p{Ll}{1,4}\\s){0,2}\\p{Lu}[\\p{L}'’ -]{1,40}?,\\s*\\p{Lu}\\p{Ll}?\\.");
    private static final Pattern VANCOUVER_NAME = Pattern.compile("^([\\p{L}'’ -]+?)\\s+(\\p{Lu}{1,3})$");
    private static final Pattern VANCOUVER =
            Pattern.compile("^[\\p{L}'’ -]+?\\s+\\p{Lu}{1,3}(?:\\s*,\\s*[\\p{L}'’ -]+?\\s+\\p{Lu}{1,3})*"
                    + "(?:\\s*,?\\s*et al\\.?)?\\.?$");
    private static final Pattern WRITTEN_OUT = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:\\s(?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}+|van|von|de|der|den|da|di|du|le|la|del|dos))+");
    private static final Pattern PARTICLE = Pattern.compile("van|von|de|der|den|da|di|du|le|la|del|dos");
    private static final Pattern ET_AL_END = Pattern.compile("\\s*,?\\s*et\\.?\\s*al\\.?$");
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
            boolean firstOfMany = i == 0 && parts.length == 2;
            if (i + 1 < parts.length
                    && (INITIALS.matcher(parts[i + 1].strip()).matches()
                            || firstOfMany
                                    && GIVEN_NAMES.matcher(parts[i + 1].strip()).matches())) {
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
            name = ET_AL_END.matcher(name).replaceFirst("");
            java.util.regex.Matcher m = LEADING_INITIALS.matcher(name);
            names.add(
                    m.matches()
                            ? PersonName.person(m.group(2).strip(), m.group(1).strip())
                            : writtenOut(name));
        }
        return names;
    }

    /**
     * Names in whichever order the list uses: inverted ("Smith, J."), given names first ("J. Smith"), or
     * Vancouver ("Smith JA").
     */
    static List<PersonName> any(String text) {
        String t = text.strip();
        if (t.length() >= 300) {
            return givenFirst(t);
        }
        if (VANCOUVER.matcher(t).matches()) {
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
        java.util.regex.Matcher single = SINGLE_INVERTED.matcher(t);
        if (single.matches()) {
            return List.of(
                    PersonName.person(single.group(1).strip(), single.group(2).strip()));
        }
        java.util.regex.Matcher chicago = CHICAGO.matcher(t);
        if (chicago.matches()
                && !INITIALS.matcher(chicago.group("given").strip()).matches()) {
            List<PersonName> names = new ArrayList<>();
            names.add(PersonName.person(
                    chicago.group("family").strip(), chicago.group("given").strip()));
            names.addAll(givenFirst(chicago.group("rest")));
            return names;
        }
        if (INVERTED_START.matcher(t).find()) {
            return inverted(t);
        }
        return givenFirst(t);
    }

    /** "Steve Woolgar", "Jan de Vries": given names written out, then the family name; else an organisation. */
    private static PersonName writtenOut(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 4 || !WRITTEN_OUT.matcher(name).matches()) {
            return PersonName.organisation(name);
        }
        int family = words.length - 1;
        while (family > 1 && PARTICLE.matcher(words[family - 1]).matches()) {
            family--;
        }
        return PersonName.person(
                String.join(" ", java.util.Arrays.asList(words).subList(family, words.length)),
                String.join(" ", java.util.Arrays.asList(words).subList(0, family)));
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
