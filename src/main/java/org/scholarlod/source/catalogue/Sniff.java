package org.scholarlod.source.catalogue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** What the first bytes of a stream say it holds. */
enum Sniff {
    GZIP,
    ZIP,
    TAR,
    JSON,
    XML,
    TEXT,
    EMPTY;

    private static final int HEAD = 1 << 16;

    /** Peeks at {@code in} (which must support mark) and leaves it where it was. */
    static Sniff of(BufferedInputStream in) throws IOException {
        byte[] head = head(in, 512);
        if (head.length == 0) {
            return EMPTY;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ZIP;
        }
        if (head.length >= 262 && new String(head, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar")) {
            return TAR;
        }
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i == head.length) {
            return head.length < 512 ? EMPTY : TEXT;
        }
        return head[i] == '{' || head[i] == '[' ? JSON : head[i] == '<' ? XML : TEXT;
    }

    /** Whether JSON text looks like Crossref's: a response, a data-file slice, or works with "DOI" keys. */
    static boolean crossref(BufferedInputStream in) throws IOException {
        String head = new String(head(in, HEAD), StandardCharsets.UTF_8);
        return head.contains("\"message-type\"")
                || head.contains("\"DOI\"")
                || head.matches("(?s)^\\W*\\{\\s*\"items\"\\s*:.*");
    }

    private static byte[] head(BufferedInputStream in, int size) throws IOException {
        in.mark(size);
        byte[] bytes = in.readNBytes(size);
        in.reset();
        return bytes;
    }
}
