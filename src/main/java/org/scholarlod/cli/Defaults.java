package org.scholarlod.cli;

import org.scholarlod.rdf.BaseUri;

/** The defaults of every setting, in one place. */
final class Defaults {
    /** The base under which URIs are minted. */
    static final String BASE = "http://localhost:3030/";
    /** {@link #BASE} as what it is. */
    static final BaseUri BASE_URI = new BaseUri(BASE);
    /** The port {@code serve} listens on. */
    static final int PORT = 3030;
    /** The TDB2 directory, relative to the working directory. */
    static final String DATABASE = "scholarlod-data/tdb2";

    private Defaults() {}
}
