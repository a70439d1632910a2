package org.scholarlod.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.XSD;

/**
 * N-Triples and N-Quads lines (W3C RDF 1.1) encoded straight into UTF-8 bytes: an IRI is copied as it is while
 * no character the grammar forbids turns up, a literal with only its four required escapes; anything else is
 * left to Jena's formatter. Jena's stream writer sends every character through an indenting writer, and a
 * string per line costs three copies more: together most of a catalogue conversion's time.
 */
public final class NQuadsBuffer {
    private static final String XSD_STRING = XSD.xstring.getURI();
    private static final boolean[] EXCLUDED = new boolean[128];

    static {
        for (char c = 0; c <= ' '; c++) {
            EXCLUDED[c] = true;
        }
        for (char c : "<>\"{}|^`\\".toCharArray()) {
            EXCLUDED[c] = true;
        }
    }

    /** IRIs remembered encoded: an article's subjects, predicates and graph name recur on line after line. */
    private static final int REMEMBERED = 256;

    private final String[] iris = new String[REMEMBERED];
    private final byte[][] encoded = new byte[REMEMBERED][];
    private byte[] bytes;
    private int length;

    public NQuadsBuffer(int capacity) {
        this.bytes = new byte[Math.max(capacity, 64)];
    }

    /** Appends {@code s p o [g] .} and a newline; {@code graph} null for N-Triples. */
    public NQuadsBuffer line(Triple t, Node graph) {
        term(t.getSubject());
        ascii(' ');
        term(t.getPredicate());
        ascii(' ');
        term(t.getObject());
        if (graph != null) {
            ascii(' ');
            term(graph);
        }
        ascii(' ');
        ascii('.');
        ascii('\n');
        return this;
    }

    /** Appends one term as N-Triples writes it. */
    public NQuadsBuffer term(Node node) {
        if (node.isURI() && iri(node.getURI())) {
            return this;
        }
        if (!node.isLiteral() || !literal(node)) {
            text(NodeFmtLib.strNT(node));
        }
        return this;
    }

    /** Appends bytes as they are. */
    public NQuadsBuffer bytes(byte[] source, int from, int to) {
        ensure(to - from);
        System.arraycopy(source, from, bytes, length, to - from);
        length += to - from;
        return this;
    }

    public int length() {
        return length;
    }

    /** A copy of everything appended, after which the buffer is empty. */
    public byte[] take() {
        byte[] taken = Arrays.copyOf(bytes, length);
        length = 0;
        return taken;
    }

    /** {@code <iri>}; false, with nothing appended, when the IRI is empty or has a character IRIREF excludes. */
    private boolean iri(String iri) {
        int slot = iri.hashCode() & (REMEMBERED - 1);
        if (iri.equals(iris[slot])) {
            byte[] known = encoded[slot];
            bytes(known, 0, known.length);
            return true;
        }
        int start = length;
        ensure(iri.length() * 3 + 2);
        bytes[length++] = '<';
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c < 0x80) {
                if (EXCLUDED[c]) {
                    length = start;
                    return false;
                }
                bytes[length++] = (byte) c;
            } else {
                i = encode(iri, i);
            }
        }
        bytes[length++] = '>';
        if (iri.isEmpty()) {
            return restart(start);
        }
        iris[slot] = iri;
        encoded[slot] = Arrays.copyOfRange(bytes, start, length);
        return true;
    }

    private boolean restart(int start) {
        length = start;
        return false;
    }

    /** The literal with its four required escapes; false, with nothing appended, when Jena should write it. */
    private boolean literal(Node literal) {
        String datatype = literal.getLiteralDatatypeURI();
        String lang = literal.getLiteralLanguage();
        if (!lang.isEmpty() && !langTag(lang) || literal.getLiteralBaseDirection() != null) {
            return false;
        }
        int start = length;
        String text = literal.getLiteralLexicalForm();
        ensure(text.length() * 3 + 2);
        bytes[length++] = '"';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> escape('"');
                case '\\' -> escape('\\');
                case '\n' -> escape('n');
                case '\r' -> escape('r');
                default -> {
                    if (c < 0x80) {
                        bytes[length++] = (byte) c;
                    } else {
                        i = encode(text, i);
                    }
                }
            }
        }
        bytes[length++] = '"';
        if (!lang.isEmpty()) {
            ascii('@');
            text(lang);
        } else if (datatype != null && !XSD_STRING.equals(datatype)) {
            ascii('^');
            ascii('^');
            if (!iri(datatype)) {
                return restart(start);
            }
        }
        return true;
    }

    /** Whether a language tag is {@code [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*}, N-Quads' LANGTAG. */
    static boolean langTag(String tag) {
        boolean first = true;
        int run = 0;
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c == '-' && run > 0) {
                first = false;
                run = 0;
            } else if (c < 128 && (Character.isLetter(c) || !first && Character.isDigit(c))) {
                run++;
            } else {
                return false;
            }
        }
        return run > 0;
    }

    private void escape(char c) {
        bytes[length++] = '\\';
        bytes[length++] = (byte) c;
    }

    private void ascii(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
    }

    private void text(String text) {
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        bytes(encoded, 0, encoded.length);
    }

    /**
     * Encodes the non-ASCII character at {@code i} (room for three bytes a char is ensured); returns the index of
     * its last char. A lone surrogate becomes {@code ?}, as Java's own encoder writes it.
     */
    private int encode(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x800) {
            bytes[length++] = (byte) (0xC0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
            bytes[length++] = (byte) (0xE0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int code = Character.toCodePoint(c, s.charAt(i + 1));
            bytes[length++] = (byte) (0xF0 | code >> 18);
            bytes[length++] = (byte) (0x80 | code >> 12 & 0x3F);
            bytes[length++] = (byte) (0x80 | code >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | code & 0x3F);
            return i + 1;
        } else {
            bytes[length++] = '?';
        }
        return i;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
