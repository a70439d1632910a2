package org.scholarlod.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.XSD;

/**
 * Writes N-Triples and N-Quads lines (W3C RDF 1.1 N-Triples and N-Quads) straight into a buffer: an IRI
 * with no character the grammar forbids is written as it is, a literal with only its four required escapes;
 * anything else is left to Jena's formatter. Jena's stream writer sends every character of every IRI through
 * an indenting writer, which was a quarter of a catalogue conversion's time.
 */
final class NQuadsLine {
    private static final String XSD_STRING = XSD.xstring.getURI();

    private NQuadsLine() {}

    /** Appends {@code s p o [g] .} and a newline; {@code graph} null for N-Triples. */
    static void append(StringBuilder out, Triple t, Node graph) {
        node(out, t.getSubject());
        out.append(' ');
        node(out, t.getPredicate());
        out.append(' ');
        node(out, t.getObject());
        if (graph != null) {
            out.append(' ');
            node(out, graph);
        }
        out.append(" .\n");
    }

    private static void node(StringBuilder out, Node node) {
        if (node.isURI() && plain(node.getURI())) {
            out.append('<').append(node.getURI()).append('>');
        } else if (node.isLiteral()) {
            literal(out, node);
        } else {
            out.append(NodeFmtLib.strNT(node));
        }
    }

    /** Whether an IRI has none of the characters IRIREF excludes: controls, space, {@code <>"{}|^`\}. */
    private static boolean plain(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^'
                    || c == '`' || c == '\\') {
                return false;
            }
        }
        return !iri.isEmpty();
    }

    private static void literal(StringBuilder out, Node literal) {
        String datatype = literal.getLiteralDatatypeURI();
        String lang = literal.getLiteralLanguage();
        if (!lang.isEmpty() && !lang.matches("[a-zA-Z]+(-[a-zA-Z0-9]+)*") || datatype != null && !plain(datatype)
                || literal.getLiteralBaseDirection() != null) {
            out.append(NodeFmtLib.strNT(literal));
            return;
        }
        out.append('"');
        String text = literal.getLiteralLexicalForm();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        out.append('"');
        if (!lang.isEmpty()) {
            out.append('@').append(lang);
        } else if (datatype != null && !XSD_STRING.equals(datatype)) {
            out.append("^^<").append(datatype).append('>');
        }
    }
}
