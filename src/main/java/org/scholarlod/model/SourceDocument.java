package org.scholarlod.model;

import java.util.regex.Pattern;

/** A file an article was read from: its name, what kind of input it is, and the SHA-256 of its bytes. */
public record SourceDocument(String name, SourceKind kind, String sha256) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** The document of {@code bytes}, with their SHA-256. */
    public static SourceDocument of(String name, SourceKind kind, byte[] bytes) {
        return new SourceDocument(name, kind, Sha256.hex(Sha256.digest(bytes), 32));
    }

    public SourceDocument {
        name = Checks.requiredText("source.name", name);
        java.util.Objects.requireNonNull(kind, "source.kind");
        sha256 = Checks.requiredText("source.sha256", sha256);
        if (!HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("source.sha256 '" + sha256 + "' is not a lower-case SHA-256 hex digest");
        }
    }
}
