package org.scholarlod.refparse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PageRange;
import org.scholarlod.model.PersonName;
import org.scholarlod.model.WorkType;

/**
 * Parses references of any style with the trained sequence model: labels each token with its field, then
 * reads the fields' text (names into family and given names, pages into a range, the year from the date).
 */
final class ModelParser {
    /** Where the trained model lives on the classpath; {@code train-reference-parser} writes it. */
    static final String RESOURCE = "/refparse/reference-model.txt.gz";

    private static final Pattern YEAR = Pattern.compile("(1[5-9]\\d{2}|20\\d{2})([a-z])?");
    private static final Pattern PAGES =
            Pattern.compile("([A-Za-z]?\\d+[A-Za-z]?)(?:\\s*[-–—‐]+\\s*([A-Za-z]?\\d+[A-Za-z]?))?");
    /**
     * Punctuation at a field's edges, BibTeX's protecting braces ("{A method of establishing groups}") and a dash
     * that sets a field off ("Fawcett, J.W. & Keynes, J. - Peripheral …").
     */
    private static final Pattern EDGE =
            Pattern.compile("^(?:[\\s,.;:\"“”'‘’()\\[\\]{}]|[-–—](?=\\s))+|[\\s,.;:\"“”'‘’()\\[\\]{}]+$");
    /** Names keep the full stop of a final initial ("Lassila, O."). */
    private static final Pattern NAME_EDGE = Pattern.compile("^[\\s,.;:\"“”'‘’()\\[\\]]+|[\\s,;:\"“”'‘’()\\[\\]]+$");
    /**
     * …but not the list's full stop after a name written out ("Hindle, Donald.", "SILVA, Maria Nizza da.") or after
     * undotted initials ("Dias EO.").
     */
    private static final Pattern LIST_STOP =
            Pattern.compile("(?:(?<=\\p{L}{2}\\p{Ll})|(?<=\\s(?:da|de|do|dos|das|di|du|van|von|der|del))"
                    + "|(?<=\\s\\p{Lu}{2,3}))\\.$");

    private static final Pattern LATIN_IN = Pattern.compile("\\b(In)\\s+$");
    private static final Pattern LATIN_WORD = Pattern.compile("(?i)(vitro|vivo|silico|situ)\\b");

    private static final int MIN_FEATURE_COUNT = 2;

    private final SequenceModel model;
    private final NameModel names;

    /** A parser that splits name lists with the name model, or with rules when {@code names} is null. */
    ModelParser(SequenceModel model, NameModel names) {
        this.model = model;
        this.names = names;
    }

    /** The model bundled in the jar, or null when this build has none; read once per JVM, as it never changes. */
    static ModelParser bundled() {
        return Bundled.MODEL;
    }

    /** Holds the bundled model, loaded on first use; the model is read-only, so parsers may share it. */
    private static final class Bundled {
        static final ModelParser MODEL = load();
    }

    private static ModelParser load() {
        SequenceModel model = SequenceModel.bundled(RESOURCE, TokenLabel.NAMES);
        return model == null ? null : new ModelParser(model, NameModel.bundled());
    }

    /** Whether the model saw the word in training, in any case (a vocabulary of some 14,000 words). */
    boolean knowsWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return model.has("w=" + (lower.length() > 25 ? lower.substring(0, 25) : lower));
    }

    /** {@code online}: the reference gave a URL, taken out of the text before it came here. */
    CitedWork.Builder parse(String text, boolean online) {
        List<Token> tokens = Token.split(text);
        int[] labels = model.label(TokenFeatures.of(text, tokens));
        PlaceAfterParticle.rejoin(tokens, labels);
        YearSuffix.settle(tokens, labels);
        AuthorListEnd.settle(tokens, labels);
        NameBeforeColon.settle(tokens, labels);
        OrganisationUnits.settle(tokens, labels);
        JournalAfterNames.settle(tokens, labels);
        JournalAfterInitials.settle(tokens, labels);
        FamilyBeforeJournal.settle(tokens, labels);
        EtAlInTitle.settle(tokens, labels);
        TitleAfterLastAuthor.settle(tokens, labels);
        boolean oneAuthorName = CapitalsAuthor.settle(tokens, labels);
        oneAuthorName |= SiteOwner.settle(tokens, labels, online);
        TitleTail.rejoin(tokens, labels);
        TitleYears.settle(tokens, labels);
        LoneYear.settle(tokens, labels);
        TitleBrackets.inside(tokens, labels);
        TitleBrackets.glued(tokens, labels);
        TitleBrackets.rejoin(tokens, labels);
        ContainerRuns.join(tokens, labels);
        TitleSentences.partNumbers(tokens, labels);
        TitleSentences.join(tokens, labels);
        TitleSentences.keepMark(tokens, labels);
        ContainerHead.giveBack(tokens, labels);
        TitleRunOn.split(text, tokens, labels);
        TitleRunOn.lowercaseHead(tokens, labels);
        TitleTail.rejoinContainer(tokens, labels);
        SourceBoundary.settle(tokens, labels);
        InitialledName.rejoin(tokens, labels);
        BookExtent.leaveOut(tokens, labels);
        SeriesInBrackets.settle(tokens, labels);
        PreprintServer.settle(tokens, labels);
        JournalQualifier.settle(tokens, labels);
        JournalInVolume.settle(tokens, labels);
        NumberMarkers.settle(tokens, labels);
        String stated = EditionStatement.take(tokens, labels);
        String numbered = EditionNumber.take(tokens, labels);
        String edition = stated != null ? stated : numbered;
        String event = EventName.take(text, tokens, labels);
        Map<String, String> fields = new LinkedHashMap<>();
        String beforeContainer = "";
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && labels[j + 1] == labels[i]) {
                j++;
            }
            TokenLabel label = TokenLabel.ALL.get(labels[i]);
            if (label == TokenLabel.TITLE && fields.containsKey("title") && !fields.containsKey("container-title")) {
                // A reference has one title; a second ("In: Cash TF, editor. Encyclopedia of …") names the whole
                // the first is part of, in a style whose layout of containers the model has not seen.
                label = TokenLabel.CONTAINER_TITLE;
            }
            if (label != TokenLabel.OTHER) {
                int end = tokens.get(j).end();
                if (end < text.length() && (text.charAt(end) == ')' || text.charAt(end) == ']')) {
                    // The model may leave a closing bracket out; balanced() gives it back where it belongs.
                    end++;
                }
                String span = ReferenceText.flat(text.substring(tokens.get(i).start(), end));
                if (label == TokenLabel.CONTAINER_TITLE && !fields.containsKey("container-title")) {
                    beforeContainer = text.substring(0, tokens.get(i).start());
                    Matcher latin = LATIN_IN.matcher(beforeContainer);
                    if (latin.find() && LATIN_WORD.matcher(span).lookingAt()) {
                        // "In Vitro Cellular …", "In Vivo": the journal's own first word, not "In" a book.
                        span = ReferenceText.flat(beforeContainer.substring(latin.start(1))) + span;
                        beforeContainer = beforeContainer.substring(0, latin.start(1));
                    }
                }
                boolean names = label.names();
                String value = names
                        ? LIST_STOP
                                .matcher(balanced(span, NAME_EDGE.matcher(span).replaceAll("")))
                                .replaceAll("")
                        : balanced(span, EDGE.matcher(span).replaceAll(""));
                if (names) {
                    fields.merge(label.csl(), value, (a, b) -> a + ", " + b);
                } else if (!value.isEmpty()) {
                    // The first span of a field wins, but a date without a year ("Janeiro" read as a month)
                    // gives way to one with a year.
                    boolean date = label == TokenLabel.ISSUED;
                    fields.merge(
                            label.csl(),
                            value,
                            (first, next) -> date && !YEAR.matcher(first).find() ? next : first);
                }
            }
            i = j + 1;
        }
        TaggedWorkType.loneContainerIsTitle(fields, beforeContainer);
        TaggedWorkType.containerWithPlaceIsPublisher(fields, beforeContainer);
        if (edition != null) {
            fields.put("edition", edition);
        }
        if (event != null) {
            fields.put("event", event);
        }
        return work(fields, text, beforeContainer, online, oneAuthorName);
    }

    /**
     * The value with a closing bracket the edge trimming took back where the value opens one: "SU(5)", "Ann.
     * Phys. (N.Y.)", "Cambridge (MA)".
     */
    private static String balanced(String span, String value) {
        String round = balanced(span, value, '(', ')');
        return round.equals(value) ? balanced(span, value, '[', ']') : round;
    }

    /** The value with the closing bracket the edge cut off, when the value opens one more than it closes. */
    private static String balanced(String span, String value, char opening, char closing) {
        long open = value.chars().filter(c -> c == opening).count();
        long close = value.chars().filter(c -> c == closing).count();
        int end = span.indexOf(value) + value.length();
        if (open == close + 1 && end < span.length() && span.charAt(end) == closing) {
            return value + closing;
        }
        if (open == close + 1
                && end + 1 < span.length()
                && span.charAt(end) == '.'
                && span.charAt(end + 1) == closing) {
            return value + "." + closing;
        }
        return value;
    }

    private List<PersonName> names(String list) {
        return names == null ? NameListParser.any(list) : names.names(list);
    }

    private CitedWork.Builder work(
            Map<String, String> f, String text, String beforeContainer, boolean online, boolean oneAuthorName) {
        WorkType type = TaggedWorkType.of(f, text, beforeContainer, online);
        if (type == WorkType.THESIS) {
            ThesisInstitution.settle(f, text);
        }
        CitedWork.Builder work = CitedWork.builder(type)
                .authors(
                        !f.containsKey("author")
                                ? List.of()
                                : oneAuthorName
                                        ? List.of(PersonName.organisation(f.get("author")))
                                        : names(f.get("author")))
                .editors(f.containsKey("editor") ? names(f.get("editor")) : List.of())
                .title(f.get("title"))
                .containerTitle(f.get("container-title"))
                .collectionTitle(f.get("collection-title"))
                .number(f.get("number"))
                .volume(f.get("volume"))
                .edition(f.get("edition"))
                .issue(f.get("issue"))
                .publisher(f.get("publisher"))
                .publisherPlace(f.get("publisher-place"))
                .event(f.get("event"));
        Matcher year = YEAR.matcher(f.getOrDefault("issued", ""));
        if (year.find()) {
            work.issued(year.group(1)).yearSuffix(year.group(2));
        }
        Matcher pages = PAGES.matcher(f.getOrDefault("page", ""));
        if (pages.find()) {
            work.page(new PageRange(
                    pages.group(1), pages.group(2) == null ? null : PageRange.whole(pages.group(1), pages.group(2))));
        }
        boolean complete = f.containsKey("title")
                && f.containsKey("issued")
                && (f.containsKey("container-title") || f.containsKey("publisher"));
        return work.confidence(complete ? 0.7 : 0.4);
    }

    /** Trains a model on annotated references: their segments give each token its field. */
    static SequenceModel train(List<TeiCorpus.Entry> entries, int epochs, long seed) {
        List<List<String[]>> sequences = new java.util.ArrayList<>();
        List<int[]> gold = new java.util.ArrayList<>();
        for (TeiCorpus.Entry entry : entries) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new java.util.ArrayList<>();
            for (TeiCorpus.Segment segment : entry.segments()) {
                int start = text.length();
                text.append(segment.text());
                spans.add(new int[] {
                    start, text.length(), TokenLabel.ofCsl(segment.label()).ordinal()
                });
            }
            String raw = text.toString();
            List<Token> tokens = Token.split(raw);
            int[] labels = new int[tokens.size()];
            for (int t = 0; t < tokens.size(); t++) {
                for (int[] span : spans) {
                    if (tokens.get(t).start() >= span[0] && tokens.get(t).start() < span[1]) {
                        labels[t] = span[2];
                        break;
                    }
                }
            }
            sequences.add(TokenFeatures.of(raw, tokens));
            gold.add(labels);
        }
        return SequenceModel.train(withoutRareFeatures(sequences), gold, TokenLabel.ALL.size(), epochs, seed);
    }

    /** Features seen once say nothing general and would only make the model bigger. */
    private static List<List<String[]>> withoutRareFeatures(List<List<String[]>> sequences) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        sequences.forEach(sequence -> sequence.forEach(features -> {
            for (String feature : features) {
                counts.merge(feature, 1, Integer::sum);
            }
        }));
        List<List<String[]>> kept = new java.util.ArrayList<>(sequences.size());
        for (List<String[]> sequence : sequences) {
            List<String[]> filtered = new java.util.ArrayList<>(sequence.size());
            for (String[] features : sequence) {
                filtered.add(java.util.Arrays.stream(features)
                        .filter(f -> counts.get(f) >= MIN_FEATURE_COUNT)
                        .toArray(String[]::new));
            }
            kept.add(filtered);
        }
        return kept;
    }
}
