package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.scholarlod.model.PersonName;

/**
 * Lays known names out as reference lists write them, part by part, to train the name model on shapes the
 * annotated lists have few of: family names first or last or only the first inverted, initials dotted or not,
 * spaced or not, hyphenated ("J.-P.", "J-T"), capitals ("SMITH J"), suffixes, "et al.", organisations.
 */
final class NameLayouts {
    private static final String[] SUFFIXES = {"Jr.", "Jr", "Sr.", "II", "III", "Júnior", "Filho", "Neto"};
    private static final String[][] JOINERS = {
        {", ", ", "},
        {", ", " and "},
        {", ", ", and "},
        {", ", " & "},
        {", ", ", & "},
        {"; ", "; "},
        {", ", " AND "},
        {" ", " "},
        {", ", ", "}
    };

    /** Common Chinese family and given names in pinyin: GB/T 7714 lists put them as "ZHANG Wei", "LI X". */
    private static final String[] CHINESE_FAMILY_NAMES = {
        "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
        "Guo", "He", "Lin", "Gao", "Luo"
    };

    private static final String[] CHINESE_GIVEN_NAMES = {
        "Wei",
        "Fang",
        "Xiaoming",
        "Jing",
        "Lei",
        "Yan",
        "Hua",
        "Jun",
        "Min",
        "Tao",
        "Yong",
        "Jie",
        "Ling",
        "Qiang",
        "Hui",
        "Xin",
        "Jianguo",
        "Lijuan"
    };
    private static final String[] PARTICLES = {"van", "van der", "de", "von", "ter", "da", "van den", "di", "'t", "del"
    };

    private static final String[] GIVEN_PARTICLES = {"da", "de", "do", "dos", "das"};

    private final Random random;
    /** Given names written out in the known names, to write names out in full as many styles do. */
    private final List<String> fullGivenNames;

    private final List<PersonName> known;

    NameLayouts(List<PersonName> known, long seed) {
        this.random = new Random(seed);
        this.known = List.copyOf(known);
        this.fullGivenNames = known.stream()
                .map(PersonName::given)
                .filter(g -> g != null && g.matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?"))
                .distinct()
                .toList();
    }

    /** The names laid out in a layout drawn at random. */
    List<NamePart> layOut(List<PersonName> names) {
        int order = random.nextInt(3);
        int initials = random.nextInt(6);
        boolean capitals = random.nextInt(8) == 0;
        boolean vancouver = random.nextInt(4) == 0;
        // GB/T 7714 writes "ZHANG San": the family name in capitals, the given name after it, no comma.
        boolean chinese = capitals && random.nextBoolean();
        if (chinese) {
            order = 0;
            initials = random.nextBoolean() ? 0 : 2;
        } else if (order == 2 && random.nextInt(5) > 0) {
            initials = 0;
        }
        String inverter = vancouver || chinese ? " " : ", ";
        String[] joiner = vancouver ? new String[] {", ", ", "} : JOINERS[random.nextInt(JOINERS.length)];
        boolean etAl = names.size() > 3 && random.nextInt(3) == 0;
        int shown = etAl ? 1 + random.nextInt(3) : names.size();
        List<NamePart> parts = new ArrayList<>();
        for (int k = 0; k < shown; k++) {
            if (k > 0) {
                parts.add(NamePart.other(k == shown - 1 && !etAl ? joiner[1] : joiner[0]));
            }
            if (random.nextInt(40) == 0) {
                parts.add(new NamePart(
                        Organisations.NAMES.get(random.nextInt(Organisations.NAMES.size())),
                        NameLabel.ORGANISATION,
                        false));
                continue;
            }
            // Styles that invert only the first name (Chicago, MLA) write given names out.
            PersonName name = chinese && random.nextInt(10) < 7
                    ? PersonName.person(
                            CHINESE_FAMILY_NAMES[random.nextInt(CHINESE_FAMILY_NAMES.length)],
                            CHINESE_GIVEN_NAMES[random.nextInt(CHINESE_GIVEN_NAMES.length)])
                    : written(names.get(k), order == 2 ? 16 : 6, capitals && (order == 0 || order == 2 && k == 0));
            String family = capitals ? name.family().toUpperCase(Locale.ROOT) : name.family();
            String given = name.given() == null ? null : given(name.given(), vancouver ? 2 : initials);
            String suffix = random.nextInt(30) == 0 ? SUFFIXES[random.nextInt(SUFFIXES.length)] : null;
            boolean inverted = order == 0 || order == 2 && k == 0;
            // Brazilian and Portuguese lists write the suffix beside the family name: "Scarpare Filho, J. A.".
            boolean suffixByFamily = suffix != null && inverted && random.nextBoolean();
            if (given == null) {
                parts.add(new NamePart(family, NameLabel.FAMILY, false));
            } else if (inverted) {
                parts.add(new NamePart(family, NameLabel.FAMILY, false));
                if (suffixByFamily) {
                    parts.add(NamePart.other(" "));
                    parts.add(new NamePart(suffix, NameLabel.SUFFIX, false));
                }
                parts.add(NamePart.other(inverter));
                parts.add(new NamePart(given, NameLabel.GIVEN, false));
            } else {
                parts.add(new NamePart(given, NameLabel.GIVEN, false));
                parts.add(NamePart.other(" "));
                parts.add(new NamePart(family, NameLabel.FAMILY, false));
            }
            if (suffix != null && !suffixByFamily) {
                // NLM writes "King ML Jr", most others "King, M. L., Jr.".
                parts.add(NamePart.other(inverted && !inverter.equals(" ") ? ", " : " "));
                parts.add(new NamePart(suffix, NameLabel.SUFFIX, false));
            }
        }
        if (etAl) {
            parts.add(NamePart.other(random.nextBoolean() ? ", et al." : " et al."));
        } else if (random.nextBoolean()) {
            parts.add(NamePart.other("."));
        }
        return parts;
    }

    /**
     * The name, sometimes with its given names written out (several of them only after a family name in
     * capitals, as ABNT writes them), a family name of two words, or a particle.
     */
    private PersonName written(PersonName name, int writtenOutIn20, boolean capitalsFirst) {
        String given = name.given();
        String family = name.family();
        int roll = random.nextInt(20);
        if (!fullGivenNames.isEmpty() && roll < writtenOutIn20) {
            given = fullGivenNames.get(random.nextInt(fullGivenNames.size()))
                    + (roll < 5 ? " " + (char) ('A' + random.nextInt(26)) + "." : "");
        } else if (!fullGivenNames.isEmpty() && capitalsFirst && roll < writtenOutIn20 + 4) {
            given = severalGivenNames();
        } else if (roll == 18) {
            family = PARTICLES[random.nextInt(PARTICLES.length)] + " " + family;
        } else if (roll == 19) {
            family = family + " " + known.get(random.nextInt(known.size())).family();
        }
        return given == null ? PersonName.person(family, null) : PersonName.person(family, given);
    }

    /**
     * Two or three given names, often with a particle among or after them, as Portuguese and Spanish lists that
     * invert only the last family name write them: "SILVA, Maria Beatriz Nizza da", "MARQUES, Vera Regina Beltrão".
     */
    private String severalGivenNames() {
        List<String> words = new ArrayList<>();
        int count = 2 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            words.add(fullGivenNames.get(random.nextInt(fullGivenNames.size())));
        }
        if (random.nextBoolean()) {
            words.add(1 + random.nextInt(count), GIVEN_PARTICLES[random.nextInt(GIVEN_PARTICLES.length)]);
        }
        return String.join(" ", words);
    }

    /** The given names as they are (form 0) or as initials: "J. P.", "JP", "J P", "J.P.", "J."; "J.-P.", "J-P". */
    private static String given(String given, int form) {
        if (form == 0) {
            return given;
        }
        boolean dotted = form == 1 || form == 4 || form == 5;
        List<String> words = new ArrayList<>();
        for (String word : given.split("[\\s.]+")) {
            if (word.isEmpty()) {
                continue;
            }
            List<String> pieces = new ArrayList<>();
            for (String piece : word.split("-")) {
                if (piece.isEmpty()) {
                    continue;
                }
                // "JA" in a list of initials is two initials.
                boolean initials = piece.length() <= 3 && piece.equals(piece.toUpperCase(Locale.ROOT));
                for (String initial : initials ? piece.split("") : new String[] {piece.substring(0, 1)}) {
                    pieces.add(initial.toUpperCase(Locale.ROOT) + (dotted ? "." : ""));
                    if (initials && !pieces.isEmpty() && pieces.size() < piece.length()) {
                        words.add(String.join("-", pieces));
                        pieces.clear();
                    }
                }
            }
            if (!pieces.isEmpty()) {
                words.add(String.join("-", pieces));
            }
            if (form == 5) {
                break;
            }
        }
        return words.isEmpty() ? given : String.join(form == 1 || form == 3 ? " " : "", words);
    }
}
