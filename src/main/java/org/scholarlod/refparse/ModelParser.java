package org.scholarlod.refparse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.CitedWork;
import org.scholarlod.model.PageRange;
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
    private static final Pattern EDGE = Pattern.compile("^[\\s,.;:\"“”'‘’()\\[\\]]+|[\\s,.;:\"“”'‘’()\\[\\]]+$");
    /** Names keep the full stop of a final initial ("Lassila, O."). */
    private static final Pattern NAME_EDGE = Pattern.compile("^[\\s,.;:\"“”'‘’()\\[\\]]+|[\\s,;:\"“”'‘’()\\[\\]]+$");

    private static final Pattern PROCEEDINGS = Pattern.compile(
            "(?i)\\b(proc\\.|proceedings|conference|symposium|workshop|congress|colloquium|lncs|lecture notes)");

    private static final int MIN_FEATURE_COUNT = 2;

    private final SequenceModel model;

    ModelParser(SequenceModel model) {
        this.model = model;
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
        try (InputStream in = ModelParser.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new ModelParser(SequenceModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled reference model cannot be read", e);
        }
    }

    CitedWork.Builder parse(String text) {
        List<Token> tokens = Token.split(text);
        int[] labels = model.label(TokenFeatures.of(text, tokens));
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && labels[j + 1] == labels[i]) {
                j++;
            }
            TokenLabel label = TokenLabel.ALL.get(labels[i]);
            if (label != TokenLabel.OTHER) {
                String span =
                        text.substring(tokens.get(i).start(), tokens.get(j).end());
                boolean names = label.names();
                String value = (names ? NAME_EDGE : EDGE).matcher(span).replaceAll("");
                if (names) {
                    fields.merge(label.csl(), value, (a, b) -> a + ", " + b);
                } else if (!value.isEmpty()) {
                    fields.putIfAbsent(label.csl(), value);
                }
            }
            i = j + 1;
        }
        return work(fields, text);
    }

    private static CitedWork.Builder work(Map<String, String> f, String text) {
        WorkType type = PROCEEDINGS
                        .matcher(f.getOrDefault("container-title", "") + " " + f.getOrDefault("collection-title", ""))
                        .find()
                ? WorkType.CONFERENCE_PAPER
                : WorkKinds.thesis(text)
                        ? WorkType.THESIS
                        : WorkKinds.preprint(text)
                                ? WorkType.PREPRINT
                                : f.containsKey("editor") && f.containsKey("container-title")
                                        ? WorkType.CHAPTER
                                        : f.containsKey("container-title")
                                                        && (f.containsKey("volume") || f.containsKey("page"))
                                                ? WorkType.JOURNAL_ARTICLE
                                                : f.containsKey("publisher")
                                                                && f.containsKey("title")
                                                                && !f.containsKey("container-title")
                                                        ? WorkType.BOOK
                                                        : f.containsKey("container-title")
                                                                ? WorkType.CHAPTER
                                                                : WorkType.OTHER;
        CitedWork.Builder work = CitedWork.builder(type)
                .authors(f.containsKey("author") ? NameListParser.any(f.get("author")) : List.of())
                .editors(f.containsKey("editor") ? NameListParser.any(f.get("editor")) : List.of())
                .title(f.get("title"))
                .containerTitle(f.get("container-title"))
                .collectionTitle(f.get("collection-title"))
                .volume(f.get("volume"))
                .issue(f.get("issue"))
                .publisher(f.get("publisher"))
                .publisherPlace(f.get("publisher-place"));
        Matcher year = YEAR.matcher(f.getOrDefault("issued", ""));
        if (year.find()) {
            work.issued(year.group(1)).yearSuffix(year.group(2));
        }
        Matcher pages = PAGES.matcher(f.getOrDefault("page", ""));
        if (pages.find()) {
            work.page(new PageRange(pages.group(1), pages.group(2)));
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
        return SequenceModel.train(withoutRareFeatures(sequences), gold, epochs, seed);
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
