package org.scholarlod.source;

import java.util.List;
import java.util.Locale;

/** English month names as pages print them, and the partial ISO dates they make. */
final class Months {
    /** The alternatives of a regular expression that matches a month's full name. */
    static final String NAMES =
            "January|February|March|April|May|June|July|August|September|October|November" + "|December";

    private static final List<String> ORDER =
            List.of(NAMES.toLowerCase(Locale.ROOT).split("\\|"));

    private Months() {}

    /** {@code 2016}, {@code 2016-06} or {@code 2016-06-09}, from a year and an optional month name and day. */
    static String date(String year, String month, String day) {
        if (month == null) {
            return year;
        }
        String date = year + String.format("-%02d", ORDER.indexOf(month.toLowerCase(Locale.ROOT)) + 1);
        return day == null ? date : date + String.format("-%02d", Integer.parseInt(day));
    }
}
