package org.scholarlod.model;

import java.util.regex.Pattern;

/**
 * A licence a work is under: the licence's URL, the version of the work it covers as Crossref names versions
 * ({@code vor} the version of record, {@code am} the accepted manuscript, {@code tdm} text and data mining,
 * {@code unspecified}; null when the source does not say) and the date it starts to apply.
 */
public record License(String url, String contentVersion, String start) {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");
    private static final Pattern VERSION = Pattern.compile("vor|am|tdm|unspecified");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public License {
        url = Checks.optionalMatch("license.url", Checks.requiredText("license.url", url), URL, "an http(s) URL");
        contentVersion = Checks.optionalMatch(
                "license.content-version", contentVersion, VERSION, "one of vor, am, tdm, unspecified");
        start = Checks.optionalMatch("license.start", start, DATE, "a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    /** A licence of which the source says only its URL. */
    public static License of(String url) {
        return new License(url, null, null);
    }

    /** Whether it is the licence of the work as published: of the version of record, or of no stated version. */
    public boolean ofVersionOfRecord() {
        return contentVersion == null || "vor".equals(contentVersion) || "unspecified".equals(contentVersion);
    }
}
