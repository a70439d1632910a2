package org.scholarlod.pipeline;

import java.util.Arrays;
import org.apache.jena.graph.Node;
import org.scholarlod.model.Sha256;

/**
 * The shared graph names written most recently, in bounded memory: a writer or a bulk load sends each shared
 * description once while it is remembered here, and again (harmless: a dataset is a set) after it is forgotten.
 * A name is kept as the 80-bit content hash it ends with, in ten bytes of an open-addressing table, and names
 * age in two generations: the last {@code capacity} names added are always remembered, at most twice as many.
 */
public final class RecentNames {
    /** Names a bulk load remembers for sure: 20 MB, where a map of nodes held 100,000 names in 25 MB. */
    public static final int CAPACITY = 1 << 19;

    private static final int MAX_CAPACITY = 1 << 28;
    private static final int HEX_DIGITS = 20;

    private final int capacity;
    private Generation young;
    private Generation old;

    public RecentNames(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be from 1 to " + MAX_CAPACITY + ", not " + capacity);
        }
        this.capacity = capacity;
        this.young = new Generation(capacity);
        this.old = new Generation(capacity);
    }

    /** Remembers {@code name}; true when it was not remembered already. */
    public boolean add(Node name) {
        String uri = name.isURI() ? name.getURI() : name.toString();
        long high;
        char low;
        int n = uri.length();
        if (n >= HEX_DIGITS && hex(uri, n - HEX_DIGITS, n)) {
            high = Long.parseUnsignedLong(uri, n - HEX_DIGITS, n - 4, 16);
            low = (char) Integer.parseInt(uri, n - 4, n, 16);
        } else {
            byte[] digest = Sha256.digest(uri);
            high = 0;
            for (int i = 0; i < 8; i++) {
                high = high << 8 | digest[i] & 0xFF;
            }
            low = (char) ((digest[8] & 0xFF) << 8 | digest[9] & 0xFF);
        }
        if (young.contains(high, low)) {
            return false;
        }
        boolean known = old.contains(high, low);
        if (young.size == capacity) {
            Generation emptied = old;
            old = young;
            young = emptied;
            young.clear();
        }
        young.add(high, low);
        return !known;
    }

    private static boolean hex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** One generation's keys, linear probing in a table at most half full; the all-zero key is kept aside. */
    private static final class Generation {
        private final long[] high;
        private final char[] low;
        private final int mask;
        private int size;
        private boolean zero;

        Generation(int capacity) {
            int slots = Integer.highestOneBit(2 * capacity - 1) << 1;
            high = new long[slots];
            low = new char[slots];
            mask = slots - 1;
        }

        boolean contains(long h, char l) {
            if (h == 0 && l == 0) {
                return zero;
            }
            for (int i = (int) h & mask; ; i = i + 1 & mask) {
                if (high[i] == h && low[i] == l) {
                    return true;
                }
                if (high[i] == 0 && low[i] == 0) {
                    return false;
                }
            }
        }

        /** Adds a key not in the table. */
        void add(long h, char l) {
            size++;
            if (h == 0 && l == 0) {
                zero = true;
                return;
            }
            int i = (int) h & mask;
            while (high[i] != 0 || low[i] != 0) {
                i = i + 1 & mask;
            }
            high[i] = h;
            low[i] = l;
        }

        void clear() {
            Arrays.fill(high, 0);
            Arrays.fill(low, (char) 0);
            size = 0;
            zero = false;
        }
    }
}
