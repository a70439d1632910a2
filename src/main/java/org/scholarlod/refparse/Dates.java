package org.scholarlod.refparse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates references write ("June 9, 2014", "9 June 2014", "12 Jan 2018", "2011 Jul 12") as ISO dates. */
final class Dates {
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** A year a reference may give, 1500–2099. */
    private static final Pattern YEAR = Pattern.compile("1[5-9]\\d{2}|20\\d{2}");

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)(" + MONTH + ")\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)(\\d{1,2})\\s+(" + MONTH + ")\\s+(\\d{4})");
    /** NLM's "2011 Jul 12". */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?i)(\\d{4})\\s+(" + MONTH + ")\\s+(\\d{1,2})\\b");

    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)(" + MONTH + ")\\s+(\\d{4})");

    private Dates() {}

    /** The ISO form of the first date in the text (YYYY-MM-DD, or YYYY-MM), or null. */
    static String iso(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return m.group(3) + "-" + month(m.group(1)) + "-" + two(m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return m.group(3) + "-" + month(m.group(2)) + "-" + two(m.group(1));
        }
        m = YEAR_MONTH_DAY.matcher(text);
        if (m.find()) {
            return m.group(1) + "-" + month(m.group(2)) + "-" + two(m.group(3));
        }
        m = MONTH_YEAR.matcher(text);
        if (m.find()) {
            return m.group(2) + "-" + month(m.group(1));
        }
        return null;
    }

    private static String month(String name) {
        return two(Integer.toString(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1));
    }

    private static String two(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    /** Whether the text is a year a reference may give (1500–2099) and nothing else. */
    static boolean isYear(String text) {
        return YEAR.matcher(text).matches();
    }
}
