package org.scholarlod.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * A description written as Turtle (W3C RDF 1.1): the prefixes, then one block per subject, the primary resource
 * first and the others by IRI, {@code a} first and the predicates and objects sorted, so equal graphs give equal
 * bytes. IRIs are abbreviated only where the local name is plain ASCII that needs no escape, and literals escape
 * every control character; what this writer does not recognise (an odd language tag, a base direction) is left
 * to Jena's formatter. Jena's pretty writer sends each character of each IRI through an indenting writer, which
 * cost as much as reading the description from the store.
 */
public final class TurtleDocument {
    private static final String RDF_TYPE = RDF.type.getURI();
    private static final String XSD_STRING = XSD.xstring.getURI();
    private static final String XSD_INTEGER = XSD.integer.getURI();
    private static final String XSD_BOOLEAN = XSD.xboolean.getURI();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Map<String, String> prefixByNamespace = new HashMap<>();
    private final Map<String, String> written = new HashMap<>();
    private final StringBuilder out = new StringBuilder(1 << 14);

    private TurtleDocument(PrefixMapping prefixes) {
        prefixes.getNsPrefixMap().forEach((prefix, namespace) -> {
            prefixByNamespace.put(namespace, prefix);
            out.append("@prefix ")
                    .append(prefix)
                    .append(": <")
                    .append(namespace)
                    .append("> .\n");
        });
        out.append('\n');
    }

    /** Writes {@code graph} with {@code prefixes}, the block of {@code primary} (may be null) first. */
    public static void write(Graph graph, PrefixMapping prefixes, Node primary, OutputStream target) {
        TurtleDocument document = new TurtleDocument(prefixes);
        List<Triple> triples = graph.find().toList();
        triples.sort(Comparator.comparing((Triple t) -> !t.getSubject().equals(primary))
                .thenComparing(Triple::getSubject, TurtleDocument::compare)
                .thenComparing(t -> !t.getPredicate().getURI().equals(RDF_TYPE))
                .thenComparing(Triple::getPredicate, TurtleDocument::compare)
                .thenComparing(Triple::getObject, TurtleDocument::compare));
        document.blocks(triples);
        try {
            target.write(document.out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void blocks(List<Triple> sorted) {
        Triple previous = null;
        for (Triple t : sorted) {
            if (previous == null || !previous.getSubject().equals(t.getSubject())) {
                if (previous != null) {
                    out.append(" .\n\n");
                }
                term(t.getSubject());
                out.append(' ');
                predicate(t.getPredicate());
            } else if (!previous.getPredicate().equals(t.getPredicate())) {
                out.append(" ;\n    ");
                predicate(t.getPredicate());
            } else {
                out.append(" ,\n        ");
            }
            out.append(' ');
            term(t.getObject());
            previous = t;
        }
        if (previous != null) {
            out.append(" .\n");
        }
    }

    private void predicate(Node predicate) {
        if (predicate.getURI().equals(RDF_TYPE)) {
            out.append('a');
        } else {
            term(predicate);
        }
    }

    private void term(Node node) {
        if (node.isURI()) {
            out.append(written.computeIfAbsent(node.getURI(), this::iri));
        } else if (node.isLiteral()
                && node.getLiteralBaseDirection() == null
                && (node.getLiteralLanguage().isEmpty() || NQuadsBuffer.langTag(node.getLiteralLanguage()))) {
            literal(node);
        } else {
            out.append(NodeFmtLib.strTTL(node));
        }
    }

    /** {@code prefix:local} when the local name is plain, else {@code <iri>} as N-Triples writes it. */
    private String iri(String iri) {
        int split = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
        String prefix = prefixByNamespace.get(iri.substring(0, split));
        if (prefix != null && plainLocalName(iri, split)) {
            return prefix + ":" + iri.substring(split);
        }
        return NodeFmtLib.strNT(NodeFactory.createURI(iri));
    }

    /**
     * Whether the rest of the IRI from {@code from} is a local name Turtle reads without escapes: ASCII letters,
     * digits, {@code _} and {@code -}, with dots inside, not starting with {@code -}. Anything else stays an IRI.
     */
    static boolean plainLocalName(String iri, int from) {
        for (int i = from; i < iri.length(); i++) {
            char c = iri.charAt(i);
            boolean word = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
            boolean inner = c == '-' && i > from || c == '.' && i > from && i < iri.length() - 1;
            if (!word && !inner) {
                return false;
            }
        }
        return true;
    }

    private void literal(Node literal) {
        String lexical = literal.getLiteralLexicalForm();
        String datatype = literal.getLiteralDatatypeURI();
        if (XSD_INTEGER.equals(datatype) && integer(lexical)
                || XSD_BOOLEAN.equals(datatype) && (lexical.equals("true") || lexical.equals("false"))) {
            out.append(lexical);
            return;
        }
        out.append('"');
        for (int i = 0; i < lexical.length(); i++) {
            char c = lexical.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        if (!literal.getLiteralLanguage().isEmpty()) {
            out.append('@').append(literal.getLiteralLanguage());
        } else if (datatype != null && !XSD_STRING.equals(datatype)) {
            out.append("^^");
            term(NodeFactory.createURI(datatype));
        }
    }

    /** Whether Turtle's INTEGER reads the lexical form as it is: {@code [+-]?[0-9]+}. */
    private static boolean integer(String lexical) {
        int from = lexical.startsWith("+") || lexical.startsWith("-") ? 1 : 0;
        for (int i = from; i < lexical.length(); i++) {
            if (lexical.charAt(i) < '0' || lexical.charAt(i) > '9') {
                return false;
            }
        }
        return lexical.length() > from;
    }

    /** An order of terms that is total and cheap: kind, then the IRI, label or lexical form, then the rest. */
    private static int compare(Node a, Node b) {
        int kind = Integer.compare(kind(a), kind(b));
        if (kind != 0) {
            return kind;
        }
        if (a.isURI()) {
            return a.getURI().compareTo(b.getURI());
        }
        if (a.isBlank()) {
            return a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel());
        }
        if (a.isLiteral()) {
            int lexical = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
            if (lexical != 0) {
                return lexical;
            }
            int datatype = a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
            return datatype != 0 ? datatype : a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
        }
        return a.toString().compareTo(b.toString());
    }

    private static int kind(Node node) {
        return node.isURI() ? 0 : node.isBlank() ? 1 : node.isLiteral() ? 2 : 3;
    }
}
