package org.scholarlod.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 digests, the one hash ScholarLOD uses: of source files, minted URIs, names and response bodies. */
public final class Sha256 {
    private Sha256() {}

    /** The digest of the parts one after the other. */
    public static byte[] digest(List<byte[]> parts) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-256 (java.security.MessageDigest's contract).
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        parts.forEach(sha256::update);
        return sha256.digest();
    }

    /** The digest of the bytes. */
    public static byte[] digest(byte[] bytes) {
        return digest(List.of(bytes));
    }

    /** The digest of the text's UTF-8 bytes. */
    public static byte[] digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first {@code bytes} bytes of a digest, in lower-case hex; 32 for all of it. */
    public static String hex(byte[] digest, int bytes) {
        return HexFormat.of().formatHex(digest, 0, bytes);
    }
}
