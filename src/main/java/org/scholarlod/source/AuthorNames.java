package org.scholarlod.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.Author;

/**
 * Recognises lines that name people ("Gary Gereffi & Joonkoo Lee", "Gary Gereffi1 & Joonkoo Lee2",
 * "Gary GereffiEmail author") and reads them into authors with their affiliation numbers and ORCID iDs.
 */
final class AuthorNames {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*&\\s*|\\s+and\\s+|,(?!\\s*\\d)\\s*");
    private static final Pattern ORCID =
            Pattern.compile("\\s*ORCID:?\\s*(?:https?://)?(?:orcid\\.org/)?(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])\\s*");
    private static final Pattern TRAILING_NUMBERS = Pattern.compile("^(.*?\\D)\\s*(\\d+(?:\\s*,\\s*\\d+)*)\\s*$");
    private static final Pattern NAME_WORD = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|van|von|de|der|den|del|della|di|da|dos|du|le|la|ter|ten|bin|al|el");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i).*\\b(University|Department|School|Institute|Center|Centre|College|Faculty|Laboratory|Hospital"
                    + "|Accesses|Citations|Altmetric|Abstract|Journal|Volume|Issue|Published|Springer)\\b.*");

    private AuthorNames() {}

    /** The authors a line names, or an empty list when the line is not a list of names. */
    static List<Author> parse(String line) {
        // "Email author" is a link printed after a name, sometimes glued to the next one: it separates names.
        String text = Text.collapse(line.replace("Email author", " & ")).replaceAll("^[\\s&,]+|[\\s&,]+$", "");
        if (text.isEmpty() || text.length() > 400 || NOT_A_NAME.matcher(text).matches()) {
            return List.of();
        }
        List<Author> authors = new ArrayList<>();
        for (String part : SEPARATOR.split(text)) {
            String orcid = null;
            Matcher o = ORCID.matcher(part);
            if (o.find()) {
                orcid = o.group(1);
                part = o.replaceAll(" ").strip();
            }
            List<Integer> affiliations = new ArrayList<>();
            Matcher n = TRAILING_NUMBERS.matcher(part);
            if (n.matches()) {
                part = n.group(1).strip();
                for (String number : n.group(2).split("\\s*,\\s*")) {
                    affiliations.add(Integer.parseInt(number));
                }
            }
            if (!isName(part)) {
                return List.of();
            }
            Author author = Author.fromDisplayName(part, affiliations);
            authors.add(new Author(author.givenName(), author.familyName(), orcid, affiliations));
        }
        return authors;
    }

    private static boolean isName(String text) {
        String[] words = text.split(" ");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }
}
