package org.scholarlod.refparse;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines a PDF wrapped: the model reads a line break as a field's end, as web pages lay references out, and
 * a wrap ends nothing. A word a break hyphenated is whole again ("Endo-\nscopic"), a compound keeps its hyphen
 * ("lead-\ninduced", "alpha-\nsynuclein", "non-\nHispanic"), and when a break falls inside a sentence (a word or a
 * comma before it, a lower-case word or a joining word's end around it) or between a journal's name and its numbers
 * ("Lancet\n2006;367", "Science\n329:1462"), every break is a wrap and becomes a space.
 */
final class WrappedLines {
    /** A hyphen at a line's end, the word it ends and the word the next line starts with. */
    private static final Pattern HYPHEN_BREAK = Pattern.compile("([\\p{L}\\d]+)-\\n(\\p{L}+)");

    private static final Pattern WRAPPED = Pattern.compile("[\\p{L}\\d,]\\n(?!https?:|www\\.)\\p{Ll}{2}|,\\n"
            + "|(?<!\\p{L})(?:of|and|in|the|for|on|to|with|from|by|at|de|da|do|la|et|und|der|die)\\n"
            + "|\\p{L}\\n\\d{1,4}[;:(,]");
    /** A compound's first part: a letter or a symbol ("T-regulatory", "PDGFR-alpha", "21-aminosteroid"). */
    private static final Pattern SYMBOL = Pattern.compile("\\p{L}|.*\\d.*|.*\\p{Lu}.*\\p{Lu}.*");
    /** First parts that make compounds, not syllables: Greek letters' names and a few words. */
    private static final Set<String> FIRST_PARTS = Set.of(
            "alpha", "beta", "gamma", "delta", "kappa", "sigma", "omega", "anti", "quasi", "self", "cross", "well");
    /** Prefixes that journals join to the word more often than not ("multicenter", "interpersonal"). */
    private static final Set<String> JOINED_PREFIXES = Set.of(
            "multi", "inter", "intra", "trans", "macro", "micro", "hyper", "hypo", "poly", "mono", "semi", "over",
            "under", "super", "sub", "re", "un", "de", "co");
    /** Second parts that make compounds ("population-based", "genome-wide", "placebo-controlled"). */
    private static final Set<String> SECOND_PARTS = Set.of(
            "based",
            "induced",
            "inducible",
            "related",
            "specific",
            "dependent",
            "independent",
            "mediated",
            "wide",
            "associated",
            "derived",
            "controlled",
            "like",
            "free",
            "term",
            "scale",
            "old",
            "dose",
            "level",
            "enhanced",
            "forming",
            "driven",
            "dominated",
            "regulated",
            "activated",
            "binding",
            "containing",
            "resistant",
            "sensitive",
            "positive",
            "negative",
            "selective",
            "restricted",
            "expressed",
            "analysis",
            "analytic",
            "generation",
            "up",
            "off");

    private WrappedLines() {}

    /**
     * {@code text} with the wraps it shows joined; a text that shows none keeps its breaks. {@code knownWord}: words known to be whole; two of them whose join is not one are a compound ("cost-\n
     * effectiveness", "case-\ncontrol"), while a syllable's part ("evalu-\nation") or a join that is a word
     * ("mem-\nbranes") is joined.
     */
    static String joined(CharSequence text, Predicate<String> knownWord) {
        Matcher m = HYPHEN_BREAK.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String first = m.group(1);
            String second = m.group(2);
            boolean syllable = Character.isLowerCase(second.charAt(0))
                    && !SYMBOL.matcher(first).matches()
                    && !FIRST_PARTS.contains(first.toLowerCase(Locale.ROOT))
                    && !SECOND_PARTS.contains(second)
                    && !(knownWord.test(first)
                            && knownWord.test(second)
                            && !knownWord.test(first + second)
                            && !JOINED_PREFIXES.contains(first.toLowerCase(Locale.ROOT)));
            m.appendReplacement(out, Matcher.quoteReplacement(first + (syllable ? "" : "-") + second));
        }
        m.appendTail(out);
        String joined = out.toString();
        return WRAPPED.matcher(joined).find() ? joined.replace('\n', ' ') : joined;
    }
}
