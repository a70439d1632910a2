package org.scholarlod.source.jats;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/**
 * The publication dates of {@code article-meta}: {@code pub-date} elements typed the NLM way
 * ({@code pub-type="epub"}, {@code ppub}, {@code collection}, {@code epub-ppub}) or the JATS 1.1+ way
 * ({@code date-type="pub"} with {@code publication-format="electronic"} or {@code "print"}).
 */
record JatsDates(String online, String print, String collection) {
    static JatsDates of(Element meta) {
        String online = null;
        String print = null;
        String collection = null;
        for (Element date : Dom.children(meta, "pub-date")) {
            String value = date(date);
            if (value == null) {
                continue;
            }
            String type = String.valueOf(Dom.attribute(date, "pub-type"));
            String dateType = String.valueOf(Dom.attribute(date, "date-type"));
            String format = String.valueOf(Dom.attribute(date, "publication-format"));
            if (type.equals("epub") || format.equals("electronic")) {
                online = online == null ? value : online;
            } else if (type.equals("ppub") || type.equals("epub-ppub") || format.equals("print")) {
                print = print == null ? value : print;
            } else if (type.equals("collection")
                    || dateType.equals("collection")
                    || dateType.equals("pub")
                    || type.equals("null")) {
                collection = collection == null ? value : collection;
            }
        }
        return new JatsDates(online, print, collection);
    }

    /** The earliest of the dates that say when the article appeared (a collection date only when alone). */
    String issued() {
        List<String> dates =
                Stream.of(online, print).filter(Objects::nonNull).sorted().toList();
        return dates.isEmpty() ? collection : dates.get(0);
    }

    /** "2019", "2019-03", "2019-03-05" from {@code year}, {@code month}, {@code day}, as far as they go. */
    static String date(Element date) {
        String year = Dom.text(date, "year");
        if (year == null || !year.matches("\\d{4}")) {
            String iso = Dom.attribute(date, "iso-8601-date");
            return iso != null && iso.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? iso : null;
        }
        String month = Dom.text(date, "month");
        if (month == null
                || !month.matches("\\d{1,2}")
                || Integer.parseInt(month) < 1
                || Integer.parseInt(month) > 12) {
            return year;
        }
        String value = year + "-" + (month.length() == 1 ? "0" : "") + month;
        String day = Dom.text(date, "day");
        if (day == null || !day.matches("\\d{1,2}") || Integer.parseInt(day) < 1 || Integer.parseInt(day) > 31) {
            return value;
        }
        return value + "-" + (day.length() == 1 ? "0" : "") + day;
    }
}
