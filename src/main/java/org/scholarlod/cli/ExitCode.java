package org.scholarlod.cli;

/** The exit codes of every command, as documented in the README and in {@code --help}. */
public final class ExitCode {
    public static final int OK = 0;
    /** An input cannot be read as an article, or a query is not valid SPARQL. */
    public static final int BAD_INPUT = 1;
    /** Unknown option, missing or malformed argument. */
    public static final int USAGE = 2;
    /** The RDF produced does not conform to the SHACL shapes. */
    public static final int INVALID_RDF = 3;
    /** The store or the server cannot be opened, written or started. */
    public static final int STORE_OR_SERVER = 4;
    /** A bug: anything else. */
    public static final int INTERNAL = 70;

    static final String HELP_FOOTER = "%nExit codes: 0 success, 1 bad input (file, record or query), 2 usage error, "
            + "3 RDF does not conform to the shapes, 4 store or server error, 70 internal error.";

    private ExitCode() {}
}
