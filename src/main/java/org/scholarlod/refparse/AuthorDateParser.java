package org.scholarlod.refparse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.WorkType;

/**
 * Author-date references (APA, Harvard, Chicago author-date): names, then the year — "(2010a)." or
 * "2010." — then title and source, which {@link SourceParser} reads.
 */
final class AuthorDateParser {
    private static final Pattern YEAR_IN_PARENS = Pattern.compile(
            "^(?<names>.*?)\\s*\\((?<year>\\d{4})(?<suffix>[a-z])?(?:,\\s*[^)]{1,30})?\\)[.,:]?\\s*(?<rest>.*)$");
    private static final Pattern YEAR_AFTER_NAMES =
            Pattern.compile("^(?<names>[^()]{2,300}?)[.,]?\\s+(?<year>\\d{4})(?<suffix>[a-z])?[.,:]\\s+(?<rest>.*)$");
    private static final Pattern NO_DATE = Pattern.compile("^(?<names>.*?)\\s*\\(n\\.\\s?d\\.\\)\\.?\\s*(?<rest>.*)$");
    private static final Pattern APA_NAMES = Pattern.compile(
            "^(?:(?:\\p{Ll}{1,4}\\s){0,2}\\p{Lu}[^,;()\\d]{0,60},\\s(?:\\p{Lu}\\.\\s?-?)+(?:,?\\s(?:&\\s)?)?)+(?:\\s*\\((?:Eds?|eds?)\\.\\))?\\.?$"
                    + "|^[\\p{Lu}][^,()\\d]{1,80}\\.$");
    private static final Pattern EDITORS_MARK = Pattern.compile("\\s*\\((?:Eds?|eds?)\\.?\\)\\.?$");

    private final SourceParser sources = new SourceParser();

    /** {@code online}: the reference gives a URL or an access date, so that a bare title may be a web page. */
    CitedWork.Builder parse(String text, boolean online) {
        boolean harvard = false;
        Matcher m = YEAR_IN_PARENS.matcher(text);
        boolean found = m.matches();
        if (!found) {
            m = YEAR_AFTER_NAMES.matcher(text);
            found = m.matches();
            harvard = found;
        }
        String year = null;
        String suffix = null;
        if (found) {
            year = m.group("year");
            suffix = m.group("suffix");
        } else {
            m = NO_DATE.matcher(text);
            found = m.matches();
        }
        if (!found) {
            return untitled(text);
        }
        String names = m.group("names");
        boolean editorsOnly = EDITORS_MARK.matcher(names).find();
        List<PersonName> people = NameListTidy.tidy(
                NameListParser.inverted(EDITORS_MARK.matcher(names).replaceFirst("")));
        CitedWork.Builder work = sources.parse(m.group("rest"), editorsOnly);
        if (editorsOnly) {
            work.editors(people);
        } else {
            work.authors(people);
        }
        if (people.isEmpty() || harvard || !APA_NAMES.matcher(names).matches()) {
            // Only APA's "Family, I., & Family, I. (Year)." is trusted; other styles are left to the model.
            work.confidence(Math.min(0.5, confidence(work)));
        } else if (online && work.type() == WorkType.OTHER && work.build().title() != null) {
            // A titled APA reference with no source but an address: a web page.
            work.type(WorkType.WEB_PAGE).confidence(0.8);
        }
        work.issued(year).yearSuffix(suffix);
        CitedWork parsed = work.build();
        if (parsed.type() == WorkType.NEWSPAPER_ARTICLE && year != null && parsed.number() != null) {
            // "New York Times, November 23": the day of the year given, not an issue number.
            String date = Dates.iso(parsed.number() + " " + year);
            if (date != null) {
                work.issued(date).number(null);
            }
        }
        return work;
    }

    /** No author-date structure: keep the first sentence as the title, and say that the parse is doubtful. */
    private static CitedWork.Builder untitled(String text) {
        int end = TitleSplitter.end(text);
        String title = TitleSplitter.clean(end < 0 ? text : text.substring(0, end));
        return CitedWork.builder(WorkType.OTHER)
                .title(title.isEmpty() ? null : title)
                .confidence(0.2);
    }

    private static double confidence(CitedWork.Builder work) {
        return work.build().confidence();
    }
}
