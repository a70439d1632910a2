package org.scholarlod.source.crossref;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Crossref's partial dates, {@code {"date-parts": [[2019, 3, 5]]}}: the year alone, year and month, or a whole
 * date, written as an ISO date of that precision; {@code [[null]]} and missing parts are no date.
 */
final class CrossrefDates {
    private CrossrefDates() {}

    /** The date of field {@code field} of {@code node} ("2019", "2019-03", "2019-03-05"), or null. */
    static String date(JsonNode node, String field) {
        JsonNode parts = node.path(field).path("date-parts").path(0);
        if (!parts.isArray() || parts.isEmpty() || !isNumber(parts.get(0))) {
            return null;
        }
        int year = parts.get(0).asInt();
        if (year < 1000 || year > 9999) {
            return null;
        }
        StringBuilder date = new StringBuilder(String.valueOf(year));
        for (int i = 1; i < Math.min(3, parts.size()) && isNumber(parts.get(i)); i++) {
            int value = parts.get(i).asInt();
            if (value < 1 || value > (i == 1 ? 12 : 31)) {
                break;
            }
            date.append(value < 10 ? "-0" : "-").append(value);
        }
        return date.toString();
    }

    private static boolean isNumber(JsonNode part) {
        return part.isInt() || part.isTextual() && part.asText().matches("\\d{1,4}");
    }
}
