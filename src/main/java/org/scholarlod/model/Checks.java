package org.scholarlod.model;

import java.util.List;
import java.util.regex.Pattern;

/** Validation helpers for the compact constructors of the model records. */
final class Checks {
    private Checks() {}

    /** Returns null for null, the trimmed value otherwise; blank values are refused. */
    static String optionalText(String field, String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return plainText(field, trimmed);
    }

    /**
     * Text is what every RDF and citation syntax can carry: no control characters but tab and line breaks, and no
     * half of a surrogate pair (JSON can spell both, as {@code \u0007} or {@code \uD800}).
     */
    private static String plainText(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new IllegalArgumentException(field + " holds the control character " + codePoint(c)
                        + " at character " + (i + 1) + ": not text");
            }
            boolean paired = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(field + " holds a lone surrogate " + codePoint(c) + " at character "
                        + (i + 1) + ": not text (half of a character)");
            }
        }
        return text;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }

    static String requiredText(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return optionalText(field, value);
    }

    static String optionalMatch(String field, String value, Pattern pattern, String expected) {
        String text = optionalText(field, value);
        if (text != null && !pattern.matcher(text).matches()) {
            throw new IllegalArgumentException(field + " '" + text + "' is not " + expected);
        }
        return text;
    }

    /** Null for null; otherwise the value normalised and checked as an identifier of {@code scheme}. */
    static String optionalIdentifier(String field, String value, IdentifierScheme scheme) {
        String text = optionalText(field, value);
        return text == null ? null : scheme.normalise(field, text);
    }

    static <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(field + " must not contain null");
            }
        }
        return List.copyOf(values);
    }
}
