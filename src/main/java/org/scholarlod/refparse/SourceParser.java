package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.WorkType;

/**
 * The part of an author-date reference after the date: title, then where the work appeared. Tried in turn:
 * presentation, chapter in an edited book, newspaper, journal, book, report or working paper.
 */
final class SourceParser {
    private static final Pattern PRESENTED =
            Pattern.compile("^(?<title>.+?[.?!])\\s+(?:Paper\\s+)?[Pp]resented at (?:the\\s+)?(?<event>.+?)\\.?$");
    private static final Pattern CHAPTER = Pattern.compile("^(?<title>.+?[.?!])\\s+In:?\\s+(?<editors>.+?)\\s+"
            + "\\((?:Eds?|eds?)\\.?\\),?\\s+(?<book>.+?)\\s*\\((?:(?<edition>\\d+\\w{0,2})\\s+ed\\.,\\s*)?"
            + "(?:pp?\\.\\s*(?<pages>[^)]+))?\\)\\.?\\s*(?:(?<place>[^:]+?):\\s*(?<publisher>.+?))?\\.?$");
    private static final Pattern NEWSPAPER = Pattern.compile(
            "^(?<title>.+?[.?!])\\s+(?<paper>[^.]+?),\\s*(?<date>" + Dates.MONTH + "\\s+\\d{1,2})\\.?$");
    private static final Pattern JOURNAL = Pattern.compile("^(?<title>.+?[.?!])\\s+(?<journal>[^.]+?),?\\s+"
            + "(?<volume>\\d+[A-Za-z]?)(?:\\s*\\((?<issue>[^)]+)\\))?,\\s*(?:pp?\\.\\s*)?"
            + "(?<pages>[A-Za-z]?\\d+(?:\\s*[–—-]\\s*[A-Za-z]?\\d+)?)\\.?$");
    private static final Pattern BOOK =
            Pattern.compile("^(?<title>.+?[.?!])\\s+(?:\\((?<edition>\\d+(?:\\w{0,2}|[ªº]))\\.?\\s*ed\\.?\\)\\.?\\s+)?"
                    + "(?<place>[^:.]+(?:\\.[^:.]+)*\\.?):\\s*(?<publisher>[^:]+?)"
                    + "(?:[.,]\\s*\\d+\\s*(?:p|pp|pages|f)\\.?)?\\.?$");
    private static final Pattern SERIES_WORDS = Pattern.compile(
            "(?i).*\\b(working paper|discussion paper|paper series|briefing|report|note|series|brief)\\b.*");
    private static final Pattern SERIES_NUMBER = Pattern.compile(
            "^(?<series>.*?\\b(?:Paper|Briefing|Report|Note|Series|Brief))\\s+(?:No\\.?\\s*)?(?<number>[\\w/.-]*\\d[\\w/.-]*)$");
    private static final Pattern NUMBER_PART = Pattern.compile("^No\\.?\\s*(?<number>\\S+)$");
    private static final Pattern GENRE = Pattern.compile(
            "(?i)^(position|discussion|policy|background|occasional|white)" + "\\s+(paper|brief|note)\\b.*");
    private static final Pattern ORGANISATION = Pattern.compile("(?i).*\\b(university|organi[sz]ation|office|bank|"
            + "commission|cent(?:er|re)|institute|press|council|foundation|agency|ministry|department|school|"
            + "association|group|ltd|inc)\\b.*");
    private static final Pattern CONFERENCE = Pattern.compile("^(?<title>.+?[.?!])\\s+In:?\\s+(?<proceedings>"
            + "(?:Proc\\.|Proceedings|[^()]*?\\b(?:Conference|Symposium|Workshop|Congress))[^()]*?)"
            + "\\s*(?:\\(pp?\\.\\s*(?<pages>[^)]+)\\))?[.,]?\\s*(?:(?<place>[^:.]+?):\\s*(?<publisher>[^:]+?))?\\.?$");
    private static final Pattern PREPRINT = Pattern.compile(
            "^(?<title>.+?[.?!])\\s+(?<source>[^.]*\\b(?:arXiv|bioRxiv|medRxiv|SSRN|[Pp]reprint)\\b.*?)\\.?$");
    private static final Pattern THESIS_NOTE = Pattern.compile(
            "\\s*\\(((?:[Uu]npublished\\s+)?(?:[Dd]octoral|[Mm]aster'?s|Ph\\.?\\s?D\\.?|[Bb]achelor'?s)\\s+(?:dissertation|thesis))\\)$");
    private static final Pattern NUMBERS_OF_A_JOURNAL = Pattern.compile(
            "\\d+\\s*\\(\\d+\\)|\\b\\d+\\s*[,:]?\\s+\\d+\\s*[-–]\\s*\\d+|\\b(?:vol|pp|no)\\.|\\bMR\\d+");
    private static final Pattern EDITION_ENDING =
            Pattern.compile("\\s*\\((?<edition>\\d+(?:\\w{0,2}|[ªº]))\\.?\\s*ed\\.?\\)$");
    private static final Pattern IN_A_BOOK = Pattern.compile("[.?!]\\s+In:?\\s");
    private static final Pattern SENTENCE_OR_BRACKET = Pattern.compile("[()]|\\.\\s+\\p{Lu}\\p{Ll}{2,}");
    private static final Pattern REGION = Pattern.compile("\\p{Lu}{2,3}\\.?");
    /** Abbreviated words after a title's last sentence: the head of a journal's name ("Cereb.", "Q. J. Exp."). */
    private static final Pattern ABBREVIATED_TAIL = Pattern.compile("[.?!]\\s+(?:\\p{Lu}[\\p{L}-]{0,9}\\.\\s*)+$");

    CitedWork.Builder parse(String rest, boolean editedBook) {
        Matcher m;
        if ((m = PRESENTED.matcher(rest)).matches()) {
            List<String> parts = parts(m.group("event"));
            int placeParts = parts.size() >= 3 ? 2 : parts.size() == 2 ? 1 : 0;
            return CitedWork.builder(WorkType.PRESENTATION)
                    .title(TitleSplitter.clean(m.group("title")))
                    .event(String.join(", ", parts.subList(0, parts.size() - placeParts)))
                    .eventPlace(
                            placeParts == 0
                                    ? null
                                    : String.join(", ", parts.subList(parts.size() - placeParts, parts.size())))
                    .confidence(0.85);
        }
        if ((m = CHAPTER.matcher(rest)).matches()) {
            return CitedWork.builder(WorkType.CHAPTER)
                    .title(TitleSplitter.clean(m.group("title")))
                    .editors(NameListParser.givenFirst(m.group("editors")))
                    .containerTitle(m.group("book").strip())
                    .edition(edition(m.group("edition")))
                    .page(m.group("pages") == null ? null : PageRange.parse(m.group("pages")))
                    .publisherPlace(m.group("place"))
                    .publisher(m.group("publisher"))
                    .confidence(0.95);
        }
        if ((m = NEWSPAPER.matcher(rest)).matches()) {
            return CitedWork.builder(WorkType.NEWSPAPER_ARTICLE)
                    .title(TitleSplitter.clean(m.group("title")))
                    .containerTitle(m.group("paper").strip())
                    .number(m.group("date"))
                    .confidence(0.8);
        }
        if ((m = JOURNAL.matcher(rest)).matches()) {
            return CitedWork.builder(WorkType.JOURNAL_ARTICLE)
                    .title(TitleSplitter.clean(m.group("title")))
                    .containerTitle(m.group("journal").strip())
                    .volume(m.group("volume"))
                    .issue(m.group("issue"))
                    .page(PageRange.parse(m.group("pages")))
                    // "… of musicians. Cereb. Cortex 13": a journal's name abbreviated with stops, which this
                    // pattern cuts at its last one; the model reads those.
                    .confidence(ABBREVIATED_TAIL.matcher(m.group("title")).find() ? 0.3 : 0.95);
        }
        if ((m = CONFERENCE.matcher(rest)).matches()) {
            return CitedWork.builder(WorkType.CONFERENCE_PAPER)
                    .title(TitleSplitter.clean(m.group("title")))
                    .containerTitle(m.group("proceedings").strip())
                    .page(m.group("pages") == null ? null : PageRange.parse(m.group("pages")))
                    .publisherPlace(m.group("place"))
                    .publisher(m.group("publisher"))
                    .confidence(0.9);
        }
        if ((m = PREPRINT.matcher(rest)).matches()) {
            return CitedWork.builder(WorkType.PREPRINT)
                    .title(TitleSplitter.clean(m.group("title")))
                    .containerTitle(TitleSplitter.clean(m.group("source")))
                    .confidence(0.85);
        }
        if ((m = BOOK.matcher(rest)).matches()) {
            String place = m.group("place").strip();
            // "(4th ed). Thousand Oaks, CA" or "In A. Sison (Eds.), Handbook …. Netherlands" is no place, "ANDA.
            // (Boletim Técnico, 6)" no publisher: a sentence or a bracket in them is something this pattern does
            // not know, so the model reads it; so is a title running on into "In: …" or "In A. B. Rodrigues. …", a
            // chapter in a form the chapter pattern does not know.
            boolean plain = !SENTENCE_OR_BRACKET.matcher(place).find()
                    && !SENTENCE_OR_BRACKET.matcher(m.group("publisher")).find()
                    && !IN_A_BOOK.matcher(m.group("title")).find();
            String title = TitleSplitter.clean(m.group("title"));
            String edition = m.group("edition");
            Matcher stated = EDITION_ENDING.matcher(title);
            if (edition == null && stated.find()) {
                // APA's "Title (2nd ed.). Place: Publisher.": the edition ends the title's sentence.
                edition = stated.group("edition");
                title = title.substring(0, stated.start());
            }
            return CitedWork.builder(WorkType.BOOK)
                    .title(title)
                    .edition(edition(edition))
                    .publisherPlace(place)
                    .publisher(m.group("publisher").strip())
                    .confidence(plain ? editedBook ? 0.95 : 0.9 : 0.5);
        }
        return report(rest);
    }

    /** "2nd" → "2", as CSL-JSON writes editions. */
    private static String edition(String ordinal) {
        return ordinal == null ? null : ordinal.replaceFirst("(?<=\\d)(st|nd|rd|th|ª|º|a)$", "");
    }

    /** Title, then a source such as "Capturing the Gains Working Paper 2012/12, University of Manchester". */
    private static CitedWork.Builder report(String rest) {
        int end = TitleSplitter.end(rest);
        if (end < 0) {
            return CitedWork.builder(WorkType.OTHER)
                    .title(TitleSplitter.clean(rest))
                    .confidence(0.4);
        }
        String source = TitleSplitter.clean(rest.substring(end));
        // Volume and pages in the source mean a journal in a style these rules do not know: leave it to the model.
        String title = TitleSplitter.clean(rest.substring(0, end));
        CitedWork.Builder work = CitedWork.builder(WorkType.REPORT).title(title).confidence(0.5);
        Matcher thesis = THESIS_NOTE.matcher(title);
        if (thesis.find()) {
            work.type(WorkType.THESIS).title(title.substring(0, thesis.start())).genre(thesis.group(1));
        }
        List<String> parts = parts(source);
        if (!parts.isEmpty() && GENRE.matcher(parts.get(0)).matches()) {
            work.genre(parts.remove(0));
        } else if (!parts.isEmpty() && SERIES_WORDS.matcher(parts.get(0)).matches()) {
            String series = parts.remove(0);
            Matcher numbered = SERIES_NUMBER.matcher(series);
            work.collectionTitle(numbered.matches() ? numbered.group("series") : series);
            work.number(numbered.matches() ? numbered.group("number") : null);
            if (series.toLowerCase(java.util.Locale.ROOT).contains("working paper")) {
                work.type(WorkType.WORKING_PAPER);
            }
        }
        if (!parts.isEmpty()) {
            Matcher number = NUMBER_PART.matcher(parts.get(0));
            if (number.matches()) {
                work.number(number.group("number"));
                parts.remove(0);
            }
        }
        publisherAndPlace(work, parts);
        // Trusted only where the source says it is a report's ("… Working Paper 2012/12, University of Manchester",
        // "Policy brief", "No. 7"): a bare name ("Current Psychology.", "Porto Alegre, Artmed.") may be anything.
        CitedWork read = work.build();
        boolean reportLike = read.genre() != null
                || read.collectionTitle() != null
                || read.number() != null
                || ORGANISATION.matcher(source).matches();
        if (reportLike && !NUMBERS_OF_A_JOURNAL.matcher(source).find()) {
            work.confidence(0.75);
        }
        return work;
    }

    /** From the right: a place (with its region code, "Durham, NC"), then the publisher. */
    private static void publisherAndPlace(CitedWork.Builder work, List<String> parts) {
        if (parts.isEmpty()) {
            return;
        }
        int placeStart = parts.size();
        if (parts.size() == 1) {
            placeStart = ORGANISATION.matcher(parts.get(0)).matches() ? 1 : 0;
        } else {
            placeStart = parts.size() - 1;
            if (REGION.matcher(parts.get(placeStart)).matches() && placeStart > 1) {
                placeStart--;
            }
        }
        if (placeStart < parts.size()) {
            work.publisherPlace(String.join(", ", parts.subList(placeStart, parts.size())));
        }
        if (placeStart > 0) {
            work.publisher(String.join(", ", parts.subList(0, placeStart)));
        }
    }

    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>(Arrays.asList(text.split("\\s*,\\s*")));
        parts.removeIf(String::isBlank);
        return parts;
    }
}
