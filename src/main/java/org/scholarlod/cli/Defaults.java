package org.scholarlod.cli;

/** The defaults of every setting, in one place. */
final class Defaults {
    /** The base under which URIs are minted. */
    static final String BASE = "http://localhost:3030/";
    /** The port {@code serve} listens on. */
    static final int PORT = 3030;
    /** The TDB2 directory, relative to the working directory. */
    static final String DATABASE = "scholarlod-data/tdb2";

    private Defaults() {}

    /** A base URI ends in '/', so that URIs are minted under it as paths. */
    static String base(String base) {
        return base.endsWith("/") ? base : base + "/";
    }
}
