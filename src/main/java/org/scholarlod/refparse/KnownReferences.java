package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.PersonName;

/**
 * Known references made from the annotated corpus for styles to render: each annotated reference's own
 * titles, numbers and publisher, with names drawn from the annotated name lists (the corpus marks a whole author
 * list as one span, so its own names are not known one by one). Some become reports with a report number,
 * journal articles with an article number, web pages, software or datasets, which the corpus has few of.
 */
final class KnownReferences {
    private static final Pattern YEAR = Pattern.compile("(1[5-9]\\d{2}|20\\d{2})");
    private static final Pattern PAGES =
            Pattern.compile("[A-Za-z]?\\d+[A-Za-z]?(?:\\s*[-–]\\s*[A-Za-z]?\\d+[A-Za-z]?)?");
    private static final Pattern NUMBERISH = Pattern.compile("[\\w.\\-/ ]{1,20}");
    private static final Pattern PROCEEDINGS =
            Pattern.compile("(?i)\\b(proc\\.|proceedings|conference|symposium|workshop|congress|colloquium)");
    private static final Pattern EDGE = Pattern.compile("^[\\s,.;:\"“”'‘’()\\[\\]]+|[\\s,;:\"“”'‘’(\\[]+$");
    private static final Pattern SKIPPED_IN_ACRONYMS = Pattern.compile("Proceedings|Proc|Of|The|In|On|And|Annual");
    private static final String[] DATA_REPOSITORIES = {"Zenodo", "Dryad", "PANGAEA", "figshare", "Harvard Dataverse"};
    private static final String[] PLACES = {
        "England",
        "Kenya",
        "Ontario",
        "Sweden",
        "rural India",
        "Brazil",
        "the United States",
        "Europe",
        "Japan",
        "Bavaria",
        "New South Wales",
        "Bangladesh"
    };
    private static final String[] REPORT_SERIES = {"CERN", "TR", "NASA-TM", "LA-UR", "MSR-TR", "UCB/EECS", "RFC"};

    /** How rarely a work of a type has an organisation for author: reports and web pages often, articles seldom. */
    private static final Map<String, Integer> ORGANISATION_ONE_IN =
            Map.of("report", 3, "webpage", 3, "book", 5, "document", 5, "dataset", 6, "software", 6);

    private final List<PersonName> names;
    private final Random random;

    private final boolean forTraining;

    /**
     * {@code forTraining}: give some titles a place and a span of years at the end and some works an organisation
     * for author, for training only, so that the held-out set stays the one measured before they were added.
     */
    KnownReferences(List<PersonName> names, long seed, boolean forTraining) {
        this.forTraining = forTraining;
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no names to draw authors from");
        }
        this.names = List.copyOf(names);
        this.random = new Random(seed);
    }

    /** The known reference an annotated one gives, or null when it has no title and no container to show. */
    KnownReference of(TeiCorpus.Entry entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : List.of(
                "title", "container-title", "collection-title", "volume", "issue", "publisher", "publisher-place")) {
            String value = entry.fields().get(field);
            if (value != null) {
                value = EDGE.matcher(value).replaceAll("");
                if (!value.isEmpty()
                        && (!field.equals("volume") && !field.equals("issue")
                                || NUMBERISH.matcher(value).matches())) {
                    fields.put(field, value);
                }
            }
        }
        if (!fields.containsKey("title") && !fields.containsKey("container-title")) {
            return null;
        }
        if (forTraining && fields.containsKey("title") && random.nextInt(20) == 0) {
            fields.put("title", fields.get("title") + periodEnding());
        }
        Matcher year = YEAR.matcher(entry.fields().getOrDefault("issued", ""));
        if (year.find()) {
            fields.put("issued", year.group(1));
        }
        Matcher pages = PAGES.matcher(entry.fields().getOrDefault("page", ""));
        if (pages.find()) {
            fields.put("page", pages.group().replaceAll("\\s", ""));
        }
        String doi = entry.fields().get("DOI");
        if (doi != null && doi.replaceAll("\\s", "").matches("(?i)(?:doi:?)?10\\.\\d{4,9}/\\S+")) {
            fields.put("DOI", doi.replaceAll("\\s", "").replaceFirst("(?i)^doi:?", ""));
        }
        String type = type(fields, entry);
        List<PersonName> authors = draw(authorCount());
        if (forTraining && random.nextInt(ORGANISATION_ONE_IN.getOrDefault(type, 40)) == 0) {
            String organisation = Organisations.NAMES.get(random.nextInt(Organisations.NAMES.size()));
            authors = List.of(PersonName.organisation(organisation));
            if (fields.containsKey("publisher") && random.nextBoolean()) {
                // "World Health Organization. … Geneva: World Health Organization; 2020."
                fields.put("publisher", organisation);
            }
        }
        return new KnownReference(
                type, authors, entry.fields().containsKey("editor") ? draw(1 + random.nextInt(3)) : List.of(), fields);
    }

    /**
     * A place and a span of years, as titles of studies end: "…in California, 1994–2003". The corpus has few, and
     * a model that has not seen them cuts the title at the place and takes the years for the date.
     */
    private String periodEnding() {
        int from = 1950 + random.nextInt(60);
        String years = from + "–" + (from + 1 + random.nextInt(15));
        String place = PLACES[random.nextInt(PLACES.length)];
        return switch (random.nextInt(4)) {
            case 0 -> ", " + place + ", " + years;
            case 1 -> " in " + place + ", " + years;
            case 2 -> ": " + years;
            default -> ", " + years;
        };
    }

    private String type(Map<String, String> fields, TeiCorpus.Entry entry) {
        String container = fields.getOrDefault("container-title", "");
        double roll = random.nextDouble();
        if (!container.isEmpty() && PROCEEDINGS.matcher(container).find()) {
            if (roll < 0.3) {
                inSeries(fields, container);
            }
            return "paper-conference";
        }
        if (!container.isEmpty() && (entry.fields().containsKey("editor") || fields.containsKey("publisher"))) {
            return "chapter";
        }
        if (!container.isEmpty()) {
            if (roll < 0.08) {
                fields.put("number", articleNumber());
                fields.remove("page");
            }
            return "article-journal";
        }
        if (WorkKinds.thesis(entry.raw())) {
            return "thesis";
        }
        if (roll < 0.2) {
            fields.put(
                    "number",
                    REPORT_SERIES[random.nextInt(REPORT_SERIES.length)] + "-" + (1990 + random.nextInt(35)) + "-"
                            + String.format(java.util.Locale.ROOT, "%03d", random.nextInt(999)));
            return "report";
        }
        if (roll < 0.3) {
            fields.put(
                    "URL", "https://www.example.org/" + Integer.toString(random.nextInt(1 << 20), 36) + "/index.html");
            return "webpage";
        }
        if (roll < 0.35) {
            fields.put("publisher", random.nextBoolean() ? "GitHub" : "Zenodo");
            fields.put(
                    "URL",
                    "https://github.com/" + Integer.toString(random.nextInt(1 << 20), 36) + "/"
                            + Integer.toString(random.nextInt(1 << 16), 36));
            return "software";
        }
        if (roll < 0.4) {
            fields.put("publisher", DATA_REPOSITORIES[random.nextInt(DATA_REPOSITORIES.length)]);
            fields.put("DOI", "10.5281/zenodo." + (100000 + random.nextInt(9000000)));
            return "dataset";
        }
        return fields.containsKey("publisher") ? "book" : "document";
    }

    /**
     * Proceedings as LNCS cites them: the conference's acronym and year as the container ("ICDE 2009"), the
     * series as collection title, its volume, the publisher.
     */
    private void inSeries(Map<String, String> fields, String container) {
        StringBuilder acronym = new StringBuilder();
        for (String word : container.split("[\\s.,:]+")) {
            if (!word.isEmpty()
                    && Character.isUpperCase(word.charAt(0))
                    && !SKIPPED_IN_ACRONYMS.matcher(word).matches()) {
                acronym.append(word.charAt(0));
            }
        }
        if (acronym.length() >= 2 && acronym.length() <= 8) {
            fields.put("container-title", acronym + " " + fields.getOrDefault("issued", "2009"));
        }
        fields.put("collection-title", random.nextBoolean() ? "LNCS" : "Lecture Notes in Computer Science");
        fields.put("volume", Integer.toString(1000 + random.nextInt(13000)));
        fields.put("publisher", "Springer");
        fields.remove("issue");
    }

    private String articleNumber() {
        return switch (random.nextInt(3)) {
            case 0 -> "e" + (1000000 + random.nextInt(9000000));
            case 1 -> String.format(java.util.Locale.ROOT, "%06d", random.nextInt(999999));
            default -> Integer.toString(100 + random.nextInt(9000));
        };
    }

    private int authorCount() {
        double roll = random.nextDouble();
        return roll < 0.25
                ? 1
                : roll < 0.5
                        ? 2
                        : roll < 0.7
                                ? 3
                                : roll < 0.9
                                        ? 4 + random.nextInt(3)
                                        // Big collaborations list hundreds of authors.
                                        : roll < 0.97 ? 7 + random.nextInt(20) : 30 + random.nextInt(300);
    }

    private List<PersonName> draw(int count) {
        List<PersonName> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drawn.add(names.get(random.nextInt(names.size())));
        }
        return drawn;
    }
}
