package org.scholarlod.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.scholarlod.link.RemoteEndpointException;
import org.scholarlod.pipeline.ShapeViolationException;
import org.scholarlod.source.InputException;
import org.scholarlod.store.DiskFull;
import org.scholarlod.store.StoreException;
import org.scholarlod.web.ServerException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr, prefixed with the command's name, and a documented exit code;
 * the stack trace only with {@code --verbose}.
 */
final class ErrorReporter implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    /** What a write that ran out of space leaves, by TDB2's transactions. */
    static final String NO_SPACE_ADVICE = "what was committed before stays whole: free space and run the command "
            + "again (load --resume continues a load)";

    private final PrintStream err;
    private final boolean verbose;

    ErrorReporter(PrintStream err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage() + " (see '"
                + command.getCommandSpec().qualifiedName() + " --help')");
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        String name = command.getCommandSpec().qualifiedName();
        int code;
        String message;
        String noSpace = noSpace(e);
        if (noSpace != null) {
            code = ExitCode.STORE_OR_SERVER;
            message = noSpace;
        } else if (e instanceof InputException) {
            code = ExitCode.BAD_INPUT;
            message = e.getMessage();
        } else if (e instanceof QueryCancelledException) {
            code = ExitCode.BAD_INPUT;
            message = "the query did not finish within its time limit (--timeout)";
        } else if (e instanceof QueryParseException q) {
            code = ExitCode.BAD_INPUT;
            message = QueryErrorMessage.of(q);
        } else if (e instanceof ShapeViolationException) {
            code = ExitCode.INVALID_RDF;
            message = e.getMessage();
        } else if (e instanceof StoreException
                || e instanceof ServerException
                || e instanceof RemoteEndpointException) {
            code = ExitCode.STORE_OR_SERVER;
            message = e.getMessage();
        } else if (e instanceof NoSuchFileException f) {
            code = ExitCode.BAD_INPUT;
            message = f.getFile() + ": no such file or folder";
        } else if (e instanceof IOException) {
            code = ExitCode.BAD_INPUT;
            message = e.getMessage();
        } else if (e instanceof IllegalArgumentException) {
            code = ExitCode.USAGE;
            message = e.getMessage();
        } else {
            code = ExitCode.INTERNAL;
            message = "internal error: " + e + (verbose ? "" : " (run with --verbose for the stack trace)");
        }
        err.println(name + ": " + message.replace('\n', ' '));
        if (verbose) {
            e.printStackTrace(err);
        }
        return code;
    }

    /**
     * The one line for a write that failed because the device is full, or null when {@code e} is not that: the
     * operating system's words ("No space left on device") anywhere in the causes, which TDB2 and Lucene wrap.
     */
    static String noSpace(Throwable e) {
        String reason = DiskFull.reason(e);
        return reason == null ? null : "no space left on device (" + reason + "); " + NO_SPACE_ADVICE;
    }
}
