package org.scholarlod.source.jats;

import java.util.Set;
import org.scholarlod.model.MarkupText;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The text JATS elements print (a title, a {@code mixed-citation}), as a reader of the article sees it. */
final class JatsPrintedText {
    private static final Set<String> NAMES = Set.of("name", "string-name");
    /** Elements that style text inside a field rather than delimit one. */
    private static final Set<String> FORMATTING = Set.of(
            "italic",
            "bold",
            "sup",
            "sub",
            "sc",
            "underline",
            "monospace",
            "roman",
            "sans-serif",
            "overline",
            "strike",
            "styled-content",
            "named-content",
            "inline-formula",
            "tex-math");

    private JatsPrintedText() {}

    /**
     * A citation's text as a reader sees it, or null when it prints none (its fields stand side by side). PLOS
     * writes a name's parts with nothing between them ({@code <surname>Zoller</surname><given-names>SD</given-names>})
     * and leaves the space to the renderer, so parts of a name that touch are given one; Pensoft writes a group's
     * names so too ({@code <name>…</name><name>…</name>}, printed "Ames M, Spooner DM"), so names that touch are
     * given a comma, and an "et al." touching a name a space.
     */
    static String citation(Element citation) {
        return unpunctuated(citation) ? null : of(citation);
    }

    /** An element's text as a reader sees it (null for none): a title's taxon name printed "Cordia flavescens". */
    static String of(Element e) {
        if (e == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        append(e, text);
        return MarkupText.inline(text.toString());
    }

    /**
     * Whether a citation holds its fields side by side with nothing printed between them, as BMC's and Nature's
     * mixed citations and NLM 2's {@code citation} often do ({@code <name>…</name><article-title>…</article-title>
     * <source>…</source><year>2006</year>}): fields, not a text (run together, they would read "Avery SVMicrobial
     * cell individuality…Nat Rev Microbiol20064577587").
     */
    private static boolean unpunctuated(Element citation) {
        int fields = 0;
        for (Node n = citation.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !e.getLocalName().equals("label")) {
                fields++;
            } else if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !n.getNodeValue().isBlank()) {
                return false;
            }
        }
        return fields >= 2;
    }

    private static void append(Node node, StringBuilder text) {
        boolean name = node instanceof Element e && NAMES.contains(e.getLocalName());
        boolean group = node instanceof Element e && e.getLocalName().equals("person-group");
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                if (name && n.getPreviousSibling() instanceof Element) {
                    text.append(' ');
                } else if (group && named(n) && named(n.getPreviousSibling())) {
                    text.append(", ");
                } else if (n.getLocalName().equals("etal") && named(n.getPreviousSibling())) {
                    // Pensoft's "<name>…K-H</given-names></name><etal>et al.</etal>" would read "K-Het al.".
                    text.append(' ');
                } else if (fieldsTouch(n, text)) {
                    text.append(' ');
                }
                append(n, text);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
    }

    /**
     * Whether a field touches the field before it, word to word: PMC's copies of PLOS articles print
     * "{@code <source>Am J Trop Med Hyg</source><volume>83</volume>}" and a PMID after the last page, which run
     * together would read "Hyg83" and "5720682906". Formatting inside a field ("<italic>Poa</italic>s") is left as
     * it is.
     */
    private static boolean fieldsTouch(Node n, StringBuilder text) {
        return n.getPreviousSibling() instanceof Element before
                && !FORMATTING.contains(before.getLocalName())
                && !FORMATTING.contains(n.getLocalName())
                && !text.isEmpty()
                && Character.isLetterOrDigit(text.charAt(text.length() - 1))
                && startsWithWord(n);
    }

    private static boolean startsWithWord(Node n) {
        String content = n.getTextContent().stripLeading();
        return !content.isEmpty() && Character.isLetterOrDigit(content.charAt(0));
    }

    private static boolean named(Node n) {
        return n instanceof Element e
                && (NAMES.contains(e.getLocalName()) || e.getLocalName().equals("collab"));
    }
}
