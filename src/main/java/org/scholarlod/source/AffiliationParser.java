package org.scholarlod.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.scholarlod.model.Affiliation;

/**
 * Splits an affiliation into sub-units, institution, city, region and country, whether its parts are
 * separated by commas ("School of Business, Hanyang University, Seoul, South Korea") or glued together
 * with no separator, as older Springer pages print them ("School of BusinessHanyang UniversitySeoulSouth Korea").
 */
final class AffiliationParser {
    private static final Pattern UNIT_START = Pattern.compile(
            "(?i)^(Department|Dept\\.?|School|Faculty|Center|Centre|Institute|Division|Laboratory|Lab|Unit"
                    + "|Program|Programme|Graduate School|College|Section|Chair|Group|Research Group)\\b.*");
    private static final Pattern INSTITUTION = Pattern.compile(
            "(?i).*\\b(University|Universit[äéàa]t?|Universidad|Universidade|Università|College|Institute|Institut"
                    + "|Polytechnic|Academy|Hospital|Bank|Foundation|Organi[sz]ation|Ministry|Agency|Inc\\.?|Ltd\\.?|GmbH"
                    + "|Corporation|Council|Observatory|Museum|Library|Survey|ETH|EPFL|MIT|CNRS|INRIA)\\b.*");
    private static final Pattern REGION_CODE = Pattern.compile("[A-Z]{2}|[A-Z]{2} \\d{3,5}(-\\d{4})?");

    private AffiliationParser() {}

    static Affiliation parse(int number, String text) {
        List<String> parts = parts(text);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("affiliation " + number + " is empty");
        }
        int last = parts.size() - 1;
        String country = null;
        String region = null;
        String city = null;
        if (parts.size() >= 3) {
            country = parts.get(last--);
            if (REGION_CODE.matcher(parts.get(last)).matches() && last >= 2) {
                region = parts.get(last--);
            }
            city = parts.get(last--);
        } else if (parts.size() == 2 && !INSTITUTION.matcher(parts.get(1)).matches()) {
            country = parts.get(last--);
        }
        int institution = last;
        for (int i = last; i >= 0; i--) {
            if (INSTITUTION.matcher(parts.get(i)).matches()) {
                institution = i;
                break;
            }
        }
        // Units come before the institution ("Department of X, University Y") or, less often, after it
        // ("U.S. Geological Survey, Wetland and Aquatic Research Center"); both are kept.
        List<String> units = units(parts.subList(0, institution));
        units.addAll(units(parts.subList(institution + 1, last + 1)));
        return new Affiliation(number, units, parts.get(institution), city, region, country, Text.collapse(text));
    }

    /** The parts, split at commas and at glue points (a lower-case letter or ')' followed by a capital). */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        for (String piece : Text.collapse(text).split("\\s*[,;]\\s*")) {
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < piece.length(); i++) {
                char c = piece.charAt(i);
                if (i > 0 && Character.isUpperCase(c) && isGlueEnd(piece, i - 1)) {
                    parts.add(current.toString().strip());
                    current.setLength(0);
                }
                current.append(c);
            }
            if (!current.toString().isBlank()) {
                parts.add(current.toString().strip());
            }
        }
        parts.removeIf(String::isBlank);
        return parts;
    }

    /** A glue point: "SociologyCenter", "UniversityDurham", "DurhamUSA" — but not "McGill" or "DeVry". */
    private static boolean isGlueEnd(String piece, int i) {
        char c = piece.charAt(i);
        if (c == ')' || c == '.' && i > 0 && Character.isLowerCase(piece.charAt(i - 1))) {
            // "Inc.Boston" is glued; the initialism "U.S." is not.
            return i + 1 < piece.length() && piece.charAt(i + 1) != ' ';
        }
        if (c == '.') {
            return false;
        }
        if (!Character.isLowerCase(c)) {
            return false;
        }
        int wordStart = i;
        while (wordStart > 0 && Character.isLetter(piece.charAt(wordStart - 1))) {
            wordStart--;
        }
        return i - wordStart + 1 > 2;
    }

    /** Parts before the institution, re-joined where a comma sat inside one unit's name. */
    private static List<String> units(List<String> parts) {
        List<String> units = new ArrayList<>();
        for (String part : parts) {
            if (units.isEmpty() || UNIT_START.matcher(part).matches()) {
                units.add(part);
            } else {
                units.set(units.size() - 1, units.get(units.size() - 1) + ", " + part);
            }
        }
        return units;
    }
}
