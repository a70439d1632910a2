package org.scholarlod.model;

/** The check digits of ORCID (ISO 7064 MOD 11-2), ISSN (MOD 11), ISBN-10/13 and ROR (ISO 7064 MOD 97-10). */
final class CheckDigits {
    private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

    private CheckDigits() {}

    /** What is wrong with the check digit of a value of the right shape, or null. */
    static String problem(IdentifierScheme scheme, String value) {
        return switch (scheme) {
            case ORCID -> expect(value, orcid(value.replace("-", "").substring(0, 15)), "ORCID checksum");
            case ISSN -> expect(value, mod11(value.replace("-", "").substring(0, 7)), "ISSN check digit");
            case ISBN ->
                value.length() == 10
                        ? expect(value, mod11(value.substring(0, 9)), "ISBN-10 check digit")
                        : expect(value, isbn13(value.substring(0, 12)), "ISBN-13 check digit");
            case ROR -> ror(value);
            default -> null;
        };
    }

    private static String expect(String value, char expected, String what) {
        char actual = value.charAt(value.length() - 1);
        return actual == expected
                ? null
                : what + " fails (the last character should be " + expected + ", not " + actual + ")";
    }

    private static char orcid(String digits) {
        int total = 0;
        for (char c : digits.toCharArray()) {
            total = (total + (c - '0')) * 2;
        }
        int check = (12 - total % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** ISSN and ISBN-10: digits weighted n+1 down to 2, the check making the sum a multiple of 11 (X for 10). */
    private static char mod11(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (digits.length() + 1 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static char isbn13(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** ROR: the last two digits are ISO 7064 MOD 97-10 of the Crockford base32 number before them. */
    private static String ror(String value) {
        long number = 0;
        for (char c : value.substring(0, 7).toCharArray()) {
            number = number * 32 + CROCKFORD.indexOf(c);
        }
        long check = 98 - (number * 100 % 97);
        String expected = String.format("%02d", check);
        return value.endsWith(expected)
                ? null
                : "ROR checksum fails (the last two digits should be " + expected + ", not " + value.substring(7) + ")";
    }
}
