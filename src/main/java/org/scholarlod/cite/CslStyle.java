package org.scholarlod.cite;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Citation Style Language style and the locale to format it in, as doi.org's {@code text/x-bibliography} takes
 * them ({@code style=apa; locale=en-US}): the style's id in the CSL styles repository and a CSL locale.
 */
public record CslStyle(String id, String locale) {
    /** What CSL style ids look like: lower-case words joined by hyphens (and so never a path). */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Where the styles jar keeps dependent styles (a journal's name for its publisher's style). */
    private static final String DEPENDENT = "dependent/";

    public static final String DEFAULT_ID = "apa";
    public static final String DEFAULT_LOCALE = "en-US";
    public static final CslStyle APA = new CslStyle(DEFAULT_ID, DEFAULT_LOCALE);

    public CslStyle {
        if (id == null || !ID.matcher(id).matches() || !(CSL.supportsStyle(id) || CSL.supportsStyle(DEPENDENT + id))) {
            throw new IllegalArgumentException("unknown citation style '" + id
                    + "': give the id of a CSL style, such as apa, ieee, nature or chicago-author-date");
        }
        if (locale == null || !Locales.ALL.contains(locale)) {
            throw new IllegalArgumentException("unknown citation locale '" + locale
                    + "': give a CSL locale, such as en-US, en-GB, de-DE or fr-FR");
        }
    }

    /**
     * The style and locale asked for, either null for APA and US English; the locale's case is normalised, so
     * that {@code en-gb} is {@code en-GB}.
     */
    public static CslStyle of(String id, String locale) {
        String style = id == null || id.isBlank() ? DEFAULT_ID : id.strip().toLowerCase(Locale.ROOT);
        String in = locale == null || locale.isBlank() ? DEFAULT_LOCALE : normalised(locale.strip());
        // Most pages ask for nothing: the default is not looked up in the styles jar again for each of them.
        return style.equals(DEFAULT_ID) && in.equals(DEFAULT_LOCALE) ? APA : new CslStyle(style, in);
    }

    /** The style's name in the styles jar: an independent style by its id, a dependent one under dependent/. */
    String resource() {
        return CSL.supportsStyle(id) ? id : DEPENDENT + id;
    }

    private static String normalised(String locale) {
        String[] parts = locale.split("[-_]", 2);
        return parts.length == 1
                ? parts[0].toLowerCase(Locale.ROOT)
                : parts[0].toLowerCase(Locale.ROOT) + "-" + parts[1].toUpperCase(Locale.ROOT);
    }

    /** The locales of the CSL locales jar, read once. */
    private static final class Locales {
        static final Set<String> ALL = read();

        private static Set<String> read() {
            try {
                return Set.copyOf(CSL.getSupportedLocales());
            } catch (IOException e) {
                throw new UncheckedIOException("the CSL locales could not be listed", e);
            }
        }
    }
}
