package org.scholarlod.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Sha256Test {
    /** FIPS 180-2, appendix B.1: the digest of "abc". */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void hex_ofTheStandardsExample() {
        assertEquals(ABC, Sha256.hex(Sha256.digest("abc"), 32));
    }

    @Test
    void digest_ofPartsIsTheDigestOfTheirConcatenation() {
        byte[] parts =
                Sha256.digest(List.of("a".getBytes(StandardCharsets.UTF_8), "bc".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ABC, Sha256.hex(parts, 32));
    }

    @Test
    void hex_ofAPrefix() {
        assertEquals(ABC.substring(0, 8), Sha256.hex(Sha256.digest("abc"), 4));
    }
}
