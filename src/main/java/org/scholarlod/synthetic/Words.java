package org.scholarlod.synthetic;

import java.util.SplittableRandom;

/** Invented but plausible names and titles. */
final class Words {
    static final String[] GIVEN = {
        "Ana", "Wei", "Lena", "Tom", "Mara", "Josiah", "Hae-won", "Kofi", "Priya", "Jan", "Sofia", "Mateus", "Yuki",
        "Olga", "Samir", "Ines", "Liam", "Chen", "Aisha", "Pierre", "Zofia", "Rahul"
    };
    static final String[] FAMILY = {
        "Souza",
        "Zhang",
        "Lindqvist",
        "Baker",
        "Park",
        "Carberry",
        "Mensah",
        "Iyer",
        "de Vries",
        "Rossi",
        "Novak",
        "Tanaka",
        "Kowalski",
        "Haddad",
        "García",
        "O'Neill",
        "Müller",
        "Chen",
        "Okafor",
        "Dubois",
        "Nowak",
        "Sharma",
        "van der Berg",
        "Petrov",
        "Silva",
        "Kim",
        "Nguyen",
        "Schmidt",
        "Ali",
        "Moreau"
    };
    private static final String[] SUBJECT = {
        "supplier",
        "cluster",
        "governance",
        "protein",
        "network",
        "citation",
        "upgrading",
        "model",
        "climate",
        "labour",
        "graph",
        "catalogue",
        "metadata",
        "enzyme",
        "market",
        "policy",
        "sensor",
        "language",
        "archive",
        "migration",
        "soil",
        "learning",
        "health",
        "trade",
        "energy",
        "water"
    };
    private static final String[] FRAME = {
        "%s and %s in %s regions",
        "Measuring %s %s across %s",
        "Why %s matters for" + " %s %s",
        "A %s view of %s %s",
        "%s, %s and the %s problem",
        "Towards %s %s: evidence from %s"
    };
    private static final String[] FIELD = {
        "Business",
        "Biology",
        "Information",
        "Economic",
        "Environmental",
        "Computational",
        "Social",
        "Medical",
        "Materials",
        "Development"
    };
    private static final String[] KIND = {
        "Journal of %s Studies",
        "%s Review",
        "Annals of %s Research",
        "International Journal of %s Science",
        "%s Letters",
        "Advances in %s Systems"
    };

    private Words() {}

    static String title(SplittableRandom random) {
        String frame = FRAME[random.nextInt(FRAME.length)];
        String title = String.format(frame, pick(random, SUBJECT), pick(random, SUBJECT), pick(random, SUBJECT));
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    static String journal(int index) {
        return String.format(KIND[index % KIND.length], FIELD[(index / KIND.length) % FIELD.length])
                + (index >= KIND.length * FIELD.length
                        ? " " + (char) ('A' + index / (KIND.length * FIELD.length) - 1)
                        : "");
    }

    static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
