package org.scholarlod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class RecentNamesTest {
    private static Node shared(long high, int low) {
        return NodeFactory.createURI("http://localhost:3030/graph/shared/work/"
                + HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits((short) low));
    }

    @Test
    void add_trueOnlyTheFirstTime() {
        RecentNames names = new RecentNames(4);
        for (Node name : new Node[] {
            shared(1, 2),
            shared(0, 0),
            shared(-1, 0xFFFF),
            NodeFactory.createURI("http://localhost:3030/id/person/orcid-0000-0002-1825-0097")
        }) {
            assertTrue(names.add(name), name.getURI());
            assertFalse(names.add(name), name.getURI());
        }
    }

    @Test
    void add_namesDifferingInTheirLastDigitsAreApart() {
        RecentNames names = new RecentNames(8);
        assertTrue(names.add(shared(7, 1)));
        assertTrue(names.add(shared(7, 2)));
        assertTrue(names.add(shared(8, 1)));
        assertTrue(names.add(NodeFactory.createURI("http://localhost:3030/graph/shared/work/g")));
        assertTrue(names.add(NodeFactory.createURI("http://localhost:3030/graph/shared/work/h")));
    }

    @Test
    void add_theLastCapacityNamesAreRemembered_olderOnesForgotten() {
        int capacity = 1000;
        RecentNames names = new RecentNames(capacity);
        for (int i = 0; i < 10 * capacity; i++) {
            assertTrue(names.add(shared(i, 5)), "new name " + i);
        }
        for (int i = 10 * capacity - 1; i >= 9 * capacity; i--) {
            assertFalse(names.add(shared(i, 5)), "recent name " + i);
        }
        assertTrue(names.add(shared(0, 5)), "a name 10 generations old is forgotten");
    }

    @Test
    void add_aNameSeenAgainStaysRemembered() {
        int capacity = 100;
        RecentNames names = new RecentNames(capacity);
        Node recurring = shared(42, 42);
        names.add(recurring);
        for (int i = 0; i < 50 * capacity; i++) {
            names.add(shared(1_000_000 + i, 1));
            if (i % (capacity / 2) == 0) {
                assertFalse(names.add(recurring), "after " + i + " other names");
            }
        }
    }

    @Test
    void add_aMillionRandomNames_noneMistakenForAnother() {
        int capacity = 1 << 20;
        RecentNames names = new RecentNames(capacity);
        Random random = new Random(11);
        long[] highs = new long[capacity];
        int[] lows = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            highs[i] = random.nextLong();
            lows[i] = random.nextInt(1 << 16);
            assertTrue(names.add(shared(highs[i], lows[i])));
        }
        int remembered = 0;
        for (int i = 0; i < capacity; i++) {
            remembered += names.add(shared(highs[i], lows[i])) ? 0 : 1;
        }
        assertEquals(capacity, remembered);
    }

    @Test
    void constructor_capacityOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new RecentNames(0));
        assertThrows(IllegalArgumentException.class, () -> new RecentNames(1 << 29));
    }
}
