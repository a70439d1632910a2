package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.scholarlod.model.PersonName;

/**
 * Splits an author or editor list into names, and each name into family and given names, with a trained
 * sequence model: each token is labelled as a part of a name, and a name ends where a part it already has starts
 * again. Trained on GROBID's annotated author lists and on lists laid out as citation styles write them.
 */
final class NameModel {
    private static final Pattern SEPARATED = Pattern.compile("[,;&]");
    /** Three words or more, then an acronym in brackets. */
    private static final Pattern ACRONYMED = Pattern.compile("\\S+(?:\\s+\\S+){2,}\\s+\\(\\p{Lu}{2,}\\)\\.?");

    /**
     * A capitalised word, "for", "of" or "on" and another ("Centers for Disease Control", "Department of Health"):
     * English names an organisation so, and a person's name holds those words only beside initials, which rule it
     * out here ("J. Lee of Hamburg").
     */
    private static final Pattern ORGANISATION_PHRASE =
            Pattern.compile("\\p{Lu}\\p{Ll}+ (?:for|of|on) (?:the )?\\p{Lu}\\p{Ll}");
    /** An initial, a capital standing alone, which tells a person's name. */
    private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}'’])\\p{Lu}(?![\\p{L}'’])");

    private static final Pattern ET_AL_END = Pattern.compile("(?i)[,;]?\\s*\\bet\\s*al\\s*$");
    /** Where the trained model lives on the classpath; {@code train-reference-parser} writes it. */
    static final String RESOURCE = "/refparse/name-model.txt.gz";

    private final SequenceModel model;

    NameModel(SequenceModel model) {
        this.model = model;
    }

    /** The model bundled in the jar, or null when this build has none. */
    static NameModel bundled() {
        return Bundled.MODEL;
    }

    /** Holds the bundled model, loaded on first use. */
    private static final class Bundled {
        static final NameModel MODEL = load();
    }

    private static NameModel load() {
        SequenceModel model = SequenceModel.bundled(RESOURCE, NameLabel.NAMES);
        return model == null ? null : new NameModel(model);
    }

    /** The names of a list, in order; none when the list holds no word. */
    List<PersonName> names(String list) {
        // "Canaan S, et al": without its stop the model reads "al" as a given name (with it, as nobody).
        list = ET_AL_END.matcher(list).replaceFirst("");
        PersonName writtenOut = NameListTidy.writtenOut(list);
        if (writtenOut != null) {
            return List.of(writtenOut);
        }
        List<Token> tokens = NameFeatures.words(list);
        if (!SEPARATED.matcher(list).find()
                && (tokens.stream().anyMatch(t -> "organisation".equals(WordClasses.of(t.text())))
                        || ACRONYMED.matcher(list.strip()).matches()
                        || ORGANISATION_PHRASE.matcher(list).find()
                                && !INITIAL.matcher(list).find())) {
            // "INSTITUTO NACIONAL DE ESTUDOS E PESQUISAS EDUCACIONAIS – INEP", "EMPRESA DE PESQUISA ENERGÉTICA
            // (EPE)", "Centers for Disease Control and Prevention": one name with no list around it, naming an
            // organisation or followed by its acronym; the model, trained on lists of people, would cut it into
            // several.
            return NameListTidy.tidy(List.of(PersonName.organisation(list.strip())));
        }
        int[] labels = model.label(NameFeatures.of(list, tokens));
        List<PersonName> names = new ArrayList<>();
        Person person = new Person();
        for (int i = 0; i < tokens.size(); i++) {
            NameLabel label = NameLabel.ALL.get(labels[i]).first();
            if (label == NameLabel.OTHER) {
                continue;
            }
            if (person.startsAgain(label)) {
                person.addTo(names, list, tokens);
                person = new Person();
            }
            person.take(label.more(), i);
        }
        person.addTo(names, list, tokens);
        return NameListTidy.tidy(names);
    }

    /** Trains on annotated name lists. */
    static SequenceModel train(List<List<NamePart>> lists, int epochs, long seed) {
        List<List<String[]>> sequences = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (List<NamePart> parts : lists) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (NamePart part : parts) {
                int start = text.length();
                text.append(part.text());
                spans.add(new int[] {start, text.length(), part.label().ordinal(), part.continues() ? 1 : 0});
            }
            String raw = text.toString();
            List<Token> tokens = NameFeatures.words(raw);
            int[] labels = new int[tokens.size()];
            for (int t = 0; t < tokens.size(); t++) {
                for (int[] span : spans) {
                    if (tokens.get(t).start() >= span[0] && tokens.get(t).start() < span[1]) {
                        NameLabel label = NameLabel.ALL.get(span[2]);
                        boolean first = t == 0 || tokens.get(t - 1).start() < span[0];
                        labels[t] = (first && span[3] == 0 ? label.start() : label.more()).ordinal();
                        break;
                    }
                }
            }
            sequences.add(NameFeatures.of(raw, tokens));
            gold.add(secondParts(labels));
        }
        return SequenceModel.train(sequences, gold, NameLabel.ALL.size(), epochs, seed);
    }

    /** The labels with each name's second part (given after family, or family after given) marked as such. */
    private static int[] secondParts(int[] labels) {
        int[] marked = labels.clone();
        Person person = new Person();
        for (int i = 0; i < labels.length; i++) {
            NameLabel label = NameLabel.ALL.get(labels[i]);
            if (label == NameLabel.OTHER) {
                continue;
            }
            if (person.startsAgain(label)) {
                person = new Person();
            }
            if (person.isSecond(label.more())) {
                marked[i] = label.second().ordinal();
            }
            person.take(label.more(), i);
        }
        return marked;
    }

    /** The token spans of one name's parts while its list is read. */
    private static final class Person {
        private final int[] first = {-1, -1, -1, -1};
        private final int[] last = {-1, -1, -1, -1};

        private static int slot(NameLabel label) {
            return switch (label) {
                case GIVEN -> 0;
                case FAMILY -> 1;
                case SUFFIX -> 2;
                default -> 3;
            };
        }

        boolean startsAgain(NameLabel label) {
            boolean any = first[0] >= 0 || first[1] >= 0 || first[3] >= 0;
            return switch (label) {
                case GIVEN_START -> first[0] >= 0 || first[3] >= 0;
                case FAMILY_START -> first[1] >= 0 || first[3] >= 0;
                case ORGANISATION_START -> any;
                default -> first[3] >= 0 && label != NameLabel.ORGANISATION;
            };
        }

        /** Whether a given name comes after this name's family name, or a family name after its given names. */
        boolean isSecond(NameLabel label) {
            return label == NameLabel.GIVEN && first[1] >= 0 && (first[0] < 0 || first[0] > first[1])
                    || label == NameLabel.FAMILY && first[0] >= 0 && (first[1] < 0 || first[1] > first[0]);
        }

        void take(NameLabel label, int token) {
            int slot = slot(label);
            if (first[slot] < 0) {
                first[slot] = token;
            }
            last[slot] = token;
        }

        void addTo(List<PersonName> names, String text, List<Token> tokens) {
            if (first[3] >= 0) {
                names.add(PersonName.organisation(span(text, tokens, 3, false)));
            } else if (first[1] >= 0) {
                names.add(PersonName.person(
                        span(text, tokens, 1, false),
                        first[0] < 0 ? null : span(text, tokens, 0, true),
                        first[2] < 0 ? null : span(text, tokens, 2, true)));
            } else if (first[0] >= 0) {
                // A given name with no family name beside it is most likely a family name read wrong.
                names.add(PersonName.person(span(text, tokens, 0, false), null));
            }
        }

        /** The text of a part, with the full stop of a final initial ("J. P."). */
        private String span(String text, List<Token> tokens, int slot, boolean initials) {
            int end = tokens.get(last[slot]).end();
            if (initials && end < text.length() && text.charAt(end) == '.') {
                end++;
            }
            String span = text.substring(tokens.get(first[slot]).start(), end);
            if (end < text.length() && text.charAt(end) == ')' && span.indexOf('(') > span.lastIndexOf(')')) {
                // "Ministério da Saúde (BR)": the bracket is no token, but it closes one the name opened.
                span += ")";
            }
            return span;
        }
    }
}
