package org.scholarlod.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.scholarlod.rdf.BaseUri;
import org.scholarlod.rdf.ConverterVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code scholarlod}: publishes scholarly articles as Linked Open Data. */
@Command(
        name = "scholarlod",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Publish scholarly articles as Linked Open Data: RDF, a SPARQL endpoint, dereferenceable URIs, "
                + "links to other scholarly graphs.",
        subcommands = {
            ConvertCommand.class,
            ValidateCommand.class,
            LoadCommand.class,
            RebaseCommand.class,
            QueryCommand.class,
            ParseReferencesCommand.class,
            EvaluateReferencesCommand.class,
            TrainReferenceParserCommand.class,
            ReferencesCommand.class,
            BenchCommand.class,
            GenerateCommand.class,
            ExportCommand.class,
            ServeCommand.class,
            SnapshotCommand.class,
            LinkCommand.class
        },
        footer = ExitCode.HELP_FOOTER)
public final class Main implements Callable<Integer> {
    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Log more, and print stack traces with errors.")
    boolean verbose;

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--verbose")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = execute(args, out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs a command line with the given streams; returns its exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        Main main = new Main(out, err);
        ErrorReporter reporter = new ErrorReporter(err, Arrays.asList(args).contains("--verbose"));
        CommandLine commandLine = new CommandLine(main)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(BaseUri.class, Main::baseUri)
                .setOut(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8))
                .setParameterExceptionHandler(reporter)
                .setExecutionExceptionHandler(reporter);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Not an Exception, so picocli's handler never sees it; memory is short, so say it in one line.
            err.println("scholarlod: out of memory (" + e.getMessage() + "): give Java more with -Xmx, or"
                    + " fewer --threads");
            return ExitCode.INTERNAL;
        } catch (InternalError e) {
            // Not an Exception either: the JVM's report of a SIGBUS on a memory-mapped store file.
            String message = ErrorReporter.noSpace(e);
            if (message == null) {
                throw e;
            }
            err.println("scholarlod: " + message);
            return ExitCode.STORE_OR_SERVER;
        }
    }

    /** A {@code --base} value; picocli names the option, our message says what is wrong with it. */
    private static BaseUri baseUri(String text) {
        try {
            return BaseUri.of(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(err);
        return ExitCode.USAGE;
    }

    /** Reports the converter version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ScholarLOD " + ConverterVersion.get()};
        }
    }
}
