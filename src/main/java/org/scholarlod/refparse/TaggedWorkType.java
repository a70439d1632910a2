package org.scholarlod.refparse;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.scholarlod.model.WorkType;

/**
 * Decides what kind of work a reference cites from the fields the model tagged, not from words anywhere in it:
 * a container with a volume is a journal even when named "Proceedings of …" or beside an arXiv identifier; "In"
 * before a container, or editors, make a part of a book; a number alone makes a report; a software host or a
 * data repository as publisher makes software or a dataset.
 */
final class TaggedWorkType {
    private static final Pattern PROCEEDINGS = Pattern.compile(
            "(?i)\\b(proc\\.|proceedings|conference|conf\\.|symposium|workshop|congress|colloquium|lncs|lecture notes"
                    + "|anais|congresso|congreso|simpósio|simposio|encontro|encuentro|seminário|jornada|actas)");
    /**
     * "In:", ". In ", ", in " before a container: a part of a book or of proceedings. After a bracket only "In" or
     * "in:" ("(eds) In: …"): "… young adults (15 to 29 years) in Brazil. Pediatric …" is a title's own "in".
     */
    private static final Pattern IN = Pattern.compile("(?:^|[.,:;”\"’]\\s*)[Ii]n:?\\s|\\)\\s*(?:In:?|in:)\\s");

    private static final Pattern SOFTWARE_HOSTS = Pattern.compile("(?i)\\b(github|gitlab|bitbucket|cran|pypi)\\b");
    private static final Pattern SOFTWARE_WORDS =
            Pattern.compile("(?i)\\[computer (software|program)\\]|\\[software\\]|\\(version \\d");
    private static final Pattern DATA_HOSTS =
            Pattern.compile("(?i)\\b(zenodo|dryad|pangaea|figshare|dataverse|icpsr|data archive)\\b");
    private static final Pattern DATA_WORDS = Pattern.compile("(?i)\\[data ?set\\]");

    private TaggedWorkType() {}

    /**
     * Moves a container that stands alone to the title: with no title, numbers, editors or "In" before it, it is
     * the work itself ("Glime, J.M. 2017. Bryophyte Ecology. Disponível em https://…", "Sutton SL (1980) Woodlice.
     * Pergamon Press, Oxford").
     */
    static void loneContainerIsTitle(Map<String, String> f, String beforeContainer) {
        if (f.containsKey("container-title")
                && !f.containsKey("title")
                && !IN.matcher(beforeContainer).find()
                && Stream.of("volume", "issue", "page", "editor").noneMatch(f::containsKey)) {
            f.put("title", f.remove("container-title"));
        }
    }

    /**
     * Moves to the publisher a container that a place follows with no volume, issue or editors around it ("The
     * genus Coelogyne: a synopsis. Natural History Publications, Kota Kinabalu, 316 pp."): a journal gives numbers,
     * a book's publisher its place. Proceedings, which give their conference's place, keep theirs.
     */
    static void containerWithPlaceIsPublisher(Map<String, String> f, String beforeContainer) {
        if (f.containsKey("container-title")
                && f.containsKey("title")
                && f.containsKey("publisher-place")
                && !IN.matcher(beforeContainer).find()
                && !PROCEEDINGS.matcher(f.get("container-title")).find()
                && Stream.of("volume", "issue", "page", "editor", "publisher").noneMatch(f::containsKey)) {
            f.put("publisher", f.remove("container-title"));
        }
    }

    /** {@code beforeContainer}: the text before the container's first word; {@code online}: a URL was given. */
    static WorkType of(Map<String, String> f, String text, String beforeContainer, boolean online) {
        boolean container = f.containsKey("container-title");
        boolean volume = f.containsKey("volume") || f.containsKey("issue");
        if (WorkKinds.namedThesis(text) && !volume) {
            // "Tese (Doutorado em Linguística) – Universidade …": the model reads the degree as a container.
            return WorkType.THESIS;
        }
        if (container) {
            String containers = f.get("container-title") + " " + f.getOrDefault("collection-title", "");
            boolean partOfBook = f.containsKey("editor")
                    || IN.matcher(afterTitle(f, beforeContainer)).find();
            boolean journal = volume && f.containsKey("page") && !partOfBook && !f.containsKey("publisher");
            if (!volume
                    && PreprintServer.SERVERS.contains(f.get("container-title").toLowerCase(Locale.ROOT))) {
                return WorkType.PREPRINT;
            }
            if (PROCEEDINGS.matcher(containers).find() && !journal) {
                return WorkType.CONFERENCE_PAPER;
            }
            if (partOfBook || f.containsKey("publisher") && !volume) {
                return WorkType.CHAPTER;
            }
            if (online && !volume && !f.containsKey("page")) {
                // "FOTION, N. John Searle. Encyclopedia Britannica. Disponível em: https://…": the site's name.
                return WorkType.WEB_PAGE;
            }
            return WorkType.JOURNAL_ARTICLE;
        }
        String publisher = f.getOrDefault("publisher", "");
        if (SOFTWARE_HOSTS.matcher(publisher).find()
                || SOFTWARE_WORDS.matcher(text).find()) {
            return WorkType.SOFTWARE;
        }
        if (DATA_HOSTS.matcher(publisher).find() || DATA_WORDS.matcher(text).find()) {
            return WorkType.DATASET;
        }
        if (WorkKinds.thesis(text)) {
            return WorkType.THESIS;
        }
        if (f.containsKey("number")) {
            return WorkType.REPORT;
        }
        if (f.containsKey("author") && f.containsKey("editor")) {
            // Authors and editors both: a part of an edited book whose title the model did not find.
            return WorkType.CHAPTER;
        }
        if (volume && f.containsKey("page") && !f.containsKey("publisher")) {
            // A journal whose name the model took for a title: "Friedman J. ISTSP. 2008;2:793."
            return WorkType.JOURNAL_ARTICLE;
        }
        if (WorkKinds.preprint(text)) {
            return WorkType.PREPRINT;
        }
        if (f.containsKey("publisher") || f.containsKey("publisher-place") && f.containsKey("title") && !online) {
            // "World Health Organization. National cancer control programmes. Geneva; 2002.": a place of
            // publication with a title and nothing around it is a book whose publisher goes unnamed.
            return WorkType.BOOK;
        }
        return online ? WorkType.WEB_PAGE : WorkType.OTHER;
    }

    /** The text between the title and the container, where a book's "In" stands; all of it if no title is found. */
    private static String afterTitle(Map<String, String> f, String beforeContainer) {
        String title = f.get("title");
        int at = title == null ? -1 : beforeContainer.lastIndexOf(title);
        return at < 0 ? beforeContainer : beforeContainer.substring(at + title.length());
    }
}
