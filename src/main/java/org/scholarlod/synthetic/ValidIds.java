package org.scholarlod.synthetic;

import java.util.SplittableRandom;
import org.scholarlod.model.IdentifierScheme;

/** Random identifiers with correct check digits, found by asking the scheme which completion it accepts. */
final class ValidIds {
    private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

    private ValidIds() {}

    /** The ORCID iD of person {@code index}: distinct people never share one (up to ten million). */
    static String orcid(int index) {
        String digits = String.format("0000-0002-%04d-%03d", index / 1000 % 10000, index % 1000);
        return complete(IdentifierScheme.ORCID, digits, "0123456789X");
    }

    static String issn(SplittableRandom random) {
        return complete(
                IdentifierScheme.ISSN,
                String.format("%04d-%03d", random.nextInt(10000), random.nextInt(1000)),
                "0123456789X");
    }

    static String ror(SplittableRandom random) {
        StringBuilder id = new StringBuilder("0");
        for (int i = 0; i < 6; i++) {
            id.append(CROCKFORD.charAt(random.nextInt(CROCKFORD.length())));
        }
        for (int check = 0; check < 100; check++) {
            String candidate = id + String.format("%02d", check);
            if (accepts(IdentifierScheme.ROR, candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no ROR check digits for " + id);
    }

    private static String complete(IdentifierScheme scheme, String stem, String checks) {
        for (char c : checks.toCharArray()) {
            if (accepts(scheme, stem + c)) {
                return stem + c;
            }
        }
        throw new IllegalStateException("no check digit completes " + stem);
    }

    private static boolean accepts(IdentifierScheme scheme, String value) {
        try {
            scheme.normalise("id", value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
