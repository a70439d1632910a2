package org.scholarlod.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from the JATS or HTML markup that metadata strings carry (Crossref abstracts are JATS fragments,
 * titles hold {@code <i>} and {@code <sub>}): tags dropped, entities decoded, control characters removed,
 * white space collapsed, and block elements (paragraphs, section titles) kept apart as paragraphs.
 */
public final class MarkupText {
    private static final Pattern BLOCK_END = Pattern.compile(
            "(?i)</?(?:[a-z]+:)?(?:p|title|sec|list-item|def-item|disp-quote|abstract|br|div|h[1-6]|li)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[!?/]?[A-Za-z][^<>]*>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]");
    private static final Pattern LEADING_ABSTRACT = Pattern.compile("(?i)^(?:abstract|summary)[.:]?$");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("nbsp", " "),
            Map.entry("ndash", "–"),
            Map.entry("mdash", "—"),
            Map.entry("hellip", "…"),
            Map.entry("rsquo", "’"),
            Map.entry("lsquo", "‘"),
            Map.entry("rdquo", "”"),
            Map.entry("ldquo", "“"),
            Map.entry("thinsp", " "),
            Map.entry("times", "×"),
            Map.entry("deg", "°"),
            Map.entry("plusmn", "±"),
            Map.entry("micro", "µ"));

    private MarkupText() {}

    /** One line of text (a title, a name): markup and line breaks gone; null when nothing is left. */
    public static String inline(String markup) {
        return markup == null || alreadyInline(markup) ? markup : inlineByRules(markup);
    }

    static String inlineByRules(String markup) {
        String text = collapse(decode(TAG.matcher(markup).replaceAll("")));
        return text.isEmpty() ? null : text;
    }

    /**
     * Running text (an abstract) as paragraphs separated by a blank line; a heading that only says "Abstract"
     * is dropped, other section headings are kept as their own paragraph. Null when nothing is left.
     */
    public static String paragraphs(String markup) {
        if (markup == null) {
            return null;
        }
        String blocks = BLOCK_END.matcher(markup).replaceAll("\n\n");
        List<String> paragraphs = new ArrayList<>();
        for (String block : blocks.split("\n\\s*\n")) {
            String text = collapse(decode(TAG.matcher(block).replaceAll("")));
            if (!text.isEmpty()
                    && !(paragraphs.isEmpty() && LEADING_ABSTRACT.matcher(text).matches())) {
                paragraphs.add(text);
            }
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    /**
     * Whether {@link #inline} would give the text back as it is: no markup, no control character, and no white
     * space but single spaces between words. Most strings of a record are so, and the check is a tenth of the cost.
     */
    static boolean alreadyInline(String text) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<'
                    || c == '&'
                    || c == ' ' && previous == ' '
                    || c < ' '
                    || c >= 0x7F && (c <= 0x9F || Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
            previous = c;
        }
        return previous != ' ';
    }

    private static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#")) {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                boolean printable = Character.isValidCodePoint(code) && (code < 0xD800 || code > 0xDFFF);
                replacement = printable ? Character.toString(code) : " ";
            } else {
                replacement = NAMED.getOrDefault(name, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return CONTROL.matcher(out).replaceAll(" ");
    }

    /** Collapses every run of white space (including NO-BREAK SPACE) to one space and trims. */
    public static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
